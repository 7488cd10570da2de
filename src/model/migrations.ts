// Each migration turns a document of version N into version N+1. restore() runs the chain, then the schema.
// Version 1 was the first draft format: arrays of units/positions and an explicit list of lines.

type Raw = Record<string, unknown>;

/**
 * A v1 id or code as text. Only strings and numbers convert; anything else stays as it is so the schema refuses it
 * with its path (String() of an object can throw, and would invent a value). A record without a usable id gets a
 * stand-in key and keeps its bad id, so it is refused rather than dropped.
 */
function primitiveText(v: unknown): unknown {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : v;
}

/** A duplicate id also gets a stand-in key, so restore() reports the clash instead of one record replacing another. */
function recordKey(v: unknown, kind: string, index: number, used: Set<string>): string {
  const text = primitiveText(v);
  const key = typeof text === 'string' && text !== '' ? text : `${kind}-tanpa-id-${index + 1}`;
  const unique = used.has(key) ? `${kind}-ganda-${index + 1}` : key;
  used.add(unique);
  return unique;
}

function asArray(v: unknown): Raw[] {
  return Array.isArray(v) ? v.filter((x): x is Raw => typeof x === 'object' && x !== null) : [];
}

/**
 * Records are built as entry lists and turned into objects with Object.fromEntries, which defines own properties:
 * an id "__proto__" then stays a visible key (restore() refuses it) instead of silently replacing the prototype.
 */
function migrateV1toV2(v1: Raw): Raw {
  const units: [string, Raw][] = [];
  const unitKeys = new Set<string>();
  asArray(v1.units).forEach((u, i) => {
    const id = recordKey(u.id, 'unit', i, unitKeys);
    units.push([id, {
      id: primitiveText(u.id),
      nama: u.nama ?? '',
      parentId: u.induk ?? null,
      isPerangkatDaerah: u.induk == null,
      tipePd: u.tipePd ?? null,
      pengecualian: u.pengecualian === true,
    }]);
  });
  const superiorOf = new Map<string, string>();
  for (const l of asArray(v1.lines)) {
    if (typeof l.ke === 'string' && typeof l.dari === 'string' && !superiorOf.has(l.ke)) {
      superiorOf.set(l.ke, l.dari);
    }
  }
  const positions: [string, Raw][] = [];
  const positionKeys = new Set<string>();
  asArray(v1.positions).forEach((p, i) => {
    const id = recordKey(p.id, 'jabatan', i, positionKeys);
    positions.push([id, {
      id: primitiveText(p.id),
      kode: p.kode == null ? '' : primitiveText(p.kode),
      nama: p.nama ?? '',
      kind: p.jenis,
      jenjang: p.jenjang ?? null,
      unitId: p.unit,
      superiorId: superiorOf.get(id) ?? null,
      memimpinUnitMandiri: p.memimpinUnitMandiri === true,
      substansi: p.substansi ?? '',
      holder: p.pemangku ?? null,
      placement: typeof p.x === 'number' && typeof p.y === 'number' ? { x: p.x, y: p.y } : null,
    }]);
  });
  return {
    format: v1.format,
    version: 2,
    id: v1.id,
    title: v1.nama,
    instansi: { nama: typeof v1.instansi === 'string' ? v1.instansi : '', jenis: null },
    profileId: v1.profil,
    units: Object.fromEntries(units),
    positions: Object.fromEntries(positions),
  };
}

/**
 * Version 3 names what version 2 files already carried through defaults: teams, maps and the presentation sequence,
 * and fields this build does not know are kept from now on. The shape is unchanged, so the step only renumbers.
 */
function migrateV2toV3(v2: Raw): Raw {
  return { ...v2, version: 3 };
}

/**
 * Version 4 (DOMAIN.md §8.3): a position is a jabatan with kelas, K and its pemangku. The one holder of a version-3
 * position becomes its one pemangku (its kelas jabatan moves to the jabatan); K is 1 per old slot; nothing is merged.
 * A team member on a position with a pemangku now names that person. An all-empty holder carried no data and gives
 * no pemangku. Unknown fields of the holder ride along on the pemangku.
 */
function migrateV3toV4(v3: Raw): Raw {
  const positions = (typeof v3.positions === 'object' && v3.positions !== null ? v3.positions : {}) as Record<string, unknown>;
  const personOf = new Map<string, string>();
  const next = Object.fromEntries(
    Object.entries(positions).map(([key, value]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [key, value];
      const { holder, ...rest } = value as Raw;
      const h = typeof holder === 'object' && holder !== null && !Array.isArray(holder) ? (holder as Raw) : null;
      const { kelasJabatan, ...personData } = h ?? {};
      const pemangku: Raw[] = [];
      if (h && hasData(personData)) {
        const personId = `${key}-pemangku-1`;
        pemangku.push({ ...personData, id: personId });
        personOf.set(key, personId);
      }
      const out: Raw = { ...rest, kelasJabatan: rest.kelasJabatan ?? kelasJabatan ?? null, kebutuhan: rest.kebutuhan ?? 1, pemangku: rest.pemangku ?? pemangku, bezetting: rest.bezetting ?? null };
      return [key, out];
    }),
  );
  const teams = (typeof v3.teams === 'object' && v3.teams !== null ? v3.teams : {}) as Record<string, unknown>;
  const nextTeams = Object.fromEntries(
    Object.entries(teams).map(([key, value]) => {
      if (typeof value !== 'object' || value === null || !Array.isArray((value as Raw).members)) return [key, value];
      const members = ((value as Raw).members as unknown[]).map((m) => {
        if (typeof m !== 'object' || m === null) return m;
        const member = m as Raw;
        const person = typeof member.positionId === 'string' ? personOf.get(member.positionId) : undefined;
        return member.personId === undefined ? { ...member, personId: person ?? null } : member;
      });
      return [key, { ...(value as Raw), members }];
    }),
  );
  return { ...v3, version: 4, positions: next, ...(v3.teams !== undefined ? { teams: nextTeams } : {}) };
}

/** A holder with a name, NIP or any other value set (not the empty object a cleared form leaves). */
function hasData(h: Raw): boolean {
  return Object.values(h).some((v) => v !== null && v !== undefined && v !== '');
}

/**
 * Steps that need no notice to the user: 2 → 3 only renumbers; 3 → 4 moves each holder into the pemangku list
 * without losing or merging anything (every field is kept, K = 1 is what one slot meant); 4 → 5 only renumbers (the
 * catatan reviu are a new optional collection).
 */
export const RENUMBER_ONLY = new Set<number>([2, 3, 4]);

/**
 * Version 5 (issue 17) adds the catatan reviu (`notes`), an optional collection: an older file has none, so the step
 * only renumbers.
 */
function migrateV4toV5(v4: Raw): Raw {
  return { ...v4, version: 5 };
}

/** MIGRATIONS[n] migrates version n to n + 1. */
export const MIGRATIONS: Record<number, (doc: Raw) => Raw> = {
  1: migrateV1toV2,
  2: migrateV2toV3,
  3: migrateV3toV4,
  4: migrateV4toV5,
};
