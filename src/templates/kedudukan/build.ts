// Builds a structure template into a workspace: units, positions numbered like a peta jabatan ("1", "1.1",
// "1.1.2"), teams, and placements from the synchronous layout, so a template opens laid out at once. Pure.
import { ensurePlacements } from '../../layout/ensurePlacements';
import {
  CURRENT_VERSION,
  FORMAT_TAG,
  JENJANG,
  newId,
  type Jenjang,
  type Position,
  type Team,
  type Unit,
  type Workspace,
} from '../../model';
import type { PositionSpec, StructureSpec, StructureTemplate } from './types';

export const unitId = (key: string) => `u_${key}`;
export const positionId = (key: string) => `p_${key}`;
export const teamId = (key: string) => `t_${key}`;

/** A team's period in the templates: one calendar year (TIM-11 asks for a period). */
export const TEMPLATE_TEAM_PERIOD = { mulai: '2026-01-02', selesai: '2026-12-31' } as const;

function isJenjang(kind: PositionSpec['kind']): kind is Jenjang {
  return (JENJANG as readonly string[]).includes(kind);
}

/** Kode by position in the superior tree, in spec order: the head "1", its subordinates "1.1", "1.2", … */
function kodes(spec: StructureSpec): Map<string, string> {
  const children = new Map<string | undefined, PositionSpec[]>();
  for (const p of spec.positions) {
    const list = children.get(p.sup);
    if (list) list.push(p);
    else children.set(p.sup, [p]);
  }
  const out = new Map<string, string>();
  const walk = (sup: string | undefined, prefix: string) => {
    (children.get(sup) ?? []).forEach((p, i) => {
      const kode = prefix === '' ? String(i + 1) : `${prefix}.${i + 1}`;
      out.set(p.key, kode);
      walk(p.key, kode);
    });
  };
  walk(undefined, '');
  return out;
}

/** Units, positions and teams of the spec (ids u_/p_/t_ + key), without placements. Throws on a broken spec. */
export function buildRecords(spec: StructureSpec): Pick<Workspace, 'units' | 'positions' | 'teams'> {
  const unitKeys = new Set(spec.units.map((u) => u.key));
  const positionKeys = new Set(spec.positions.map((p) => p.key));
  const need = (set: Set<string>, key: string, what: string) => {
    if (!set.has(key)) throw new Error(`Templat: ${what} «${key}» tidak ada.`);
  };
  const units: Record<string, Unit> = {};
  for (const u of spec.units) {
    if (u.parent !== undefined) need(unitKeys, u.parent, 'unit induk');
    units[unitId(u.key)] = {
      id: unitId(u.key),
      nama: u.nama,
      parentId: u.parent !== undefined ? unitId(u.parent) : null,
      isPerangkatDaerah: u.tipePd !== undefined,
      tipePd: u.tipePd ?? null,
      pengecualian: u.pengecualian ?? false,
    };
  }
  const kode = kodes(spec);
  const positions: Record<string, Position> = {};
  for (const p of spec.positions) {
    need(unitKeys, p.unit, 'unit');
    if (p.sup !== undefined) need(positionKeys, p.sup, 'atasan');
    const jf = isJenjang(p.kind);
    positions[positionId(p.key)] = {
      id: positionId(p.key),
      kode: kode.get(p.key) ?? '',
      nama: p.nama,
      kind: jf ? 'fungsional' : (p.kind as Position['kind']),
      jenjang: jf ? (p.kind as Jenjang) : null,
      unitId: unitId(p.unit),
      superiorId: p.sup !== undefined ? positionId(p.sup) : null,
      memimpinUnitMandiri: jf && p.mandiri === true,
      substansi: '',
      kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null,
      placement: null,
    };
  }
  const teams: Record<string, Team> = {};
  for (const t of spec.teams ?? []) {
    need(unitKeys, t.owner, 'unit pemilik kinerja');
    for (const k of [t.pimpinanUnit, t.penilaiKinerja, t.ketua, ...t.anggota]) need(positionKeys, k, 'jabatan tim');
    teams[teamId(t.key)] = {
      id: teamId(t.key),
      nama: t.nama,
      targetKinerja: t.targetKinerja,
      ownerUnitId: unitId(t.owner),
      pimpinanUnitId: positionId(t.pimpinanUnit),
      penilaiKinerjaId: positionId(t.penilaiKinerja),
      penanggungjawabId: positionId(t.pimpinanUnit),
      members: [
        { id: `${teamId(t.key)}_ketua`, role: 'ketua', positionId: positionId(t.ketua), personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null },
        ...t.anggota.map((k, i) => ({
          id: `${teamId(t.key)}_a${i + 1}`,
          role: 'anggota' as const,
          positionId: positionId(k),
          personId: null,
          external: null,
          cara: 'penunjukan' as const,
          mulai: null,
          selesai: null,
        })),
      ],
      mulai: TEMPLATE_TEAM_PERIOD.mulai,
      selesai: TEMPLATE_TEAM_PERIOD.selesai,
      // Banjarmasin Pasal 12 ayat (4): "ditetapkan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi"
      instrument: { jenis: 'surat-tugas', nomor: '', tanggal: null, penandatangan: 'pimpinan-unit-organisasi' },
      rekomendasiTimVerifikasi: null,
      rincianTugas: { penanggungjawab: [], ketua: [], anggota: [] },
    };
  }
  return { units, positions, teams };
}

/** The template as a document of its own, laid out; a fresh document id each time. */
export function buildTemplateWorkspace(template: StructureTemplate): Workspace {
  const records = buildRecords(template.spec);
  const doc: Workspace = {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    id: newId('doc'),
    title: template.title,
    instansi: { nama: 'Pemerintah Kota Contoh', jenis: 'kota' },
    profileId: template.profileId,
    severityOverrides: {},
    settings: { labelKelompokManajemen: 'Manajemen' },
    ...records,
    maps: {},
  };
  return ensurePlacements(doc);
}
