// The Ruang kerja's line for one document: what the dashboard shows (jabatan, K, B, ±, findings by rule family,
// profile, status, last change), the extract the cross-document checks read, and the rows the workspace search
// looks through. Computed once per stored revision and kept in the IndexedDB index row (IdbDocumentStore.setRekap),
// so opening the dashboard of 50 PD reads 50 small rows and lints nothing.
import { rekapOf, type Workspace } from '../../model';
import { lint, familyOf, RULE_FAMILIES } from '../../rules';
import type { DocumentExtract } from '../../rules/lintas';

/** bump when the shape below changes: older cached rekaps are then computed again */
export const REKAP_VERSION = 1;

export interface FamilyCount {
  prefix: string;
  error: number;
  warning: number;
}

/** One searchable jabatan: its name, and each pemangku's name and NIP. */
export interface SearchRow {
  positionId: string;
  jabatan: string;
  people: { nama: string; nip: string }[];
}

export interface DocRekap {
  v: typeof REKAP_VERSION;
  jabatan: number;
  k: number;
  b: number;
  selisih: number;
  errors: number;
  warnings: number;
  byFamily: FamilyCount[];
  profileId: string;
  /** 'ditetapkan' when the document has process maps and every one is ditetapkan (with its SK), else 'draf' */
  status: 'draf' | 'ditetapkan';
  maps: number;
  teams: number;
  extract: Omit<DocumentExtract, 'docId' | 'title'>;
  search: SearchRow[];
}

export function docRekap(doc: Workspace): DocRekap {
  const positions = Object.values(doc.positions);
  const r = rekapOf(positions).total;
  const findings = lint(doc);
  const families = new Map<string, FamilyCount>(RULE_FAMILIES.map((f) => [f.prefix, { prefix: f.prefix, error: 0, warning: 0 }]));
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const prefix = familyOf(f.ruleId).prefix;
    let row = families.get(prefix);
    if (!row) families.set(prefix, (row = { prefix, error: 0, warning: 0 }));
    if (f.severity === 'error') {
      row.error++;
      errors++;
    } else {
      row.warning++;
      warnings++;
    }
  }
  const maps = Object.values(doc.maps);
  const teams = Object.values(doc.teams);
  return {
    v: REKAP_VERSION,
    jabatan: r.jabatan,
    k: r.k,
    b: r.b,
    selisih: r.selisih,
    errors,
    warnings,
    byFamily: [...families.values()].filter((f) => f.error + f.warning > 0),
    profileId: doc.profileId,
    status: maps.length > 0 && maps.every((m) => m.meta.status === 'ditetapkan') ? 'ditetapkan' : 'draf',
    maps: maps.length,
    teams: teams.length,
    extract: {
      instansi: doc.instansi.nama,
      people: positions.flatMap((p) =>
        p.pemangku.filter((h) => h.nip.trim()).map((h) => ({ nip: h.nip, nama: h.nama, positionId: p.id, jabatan: p.nama })),
      ),
      outsideMembers: teams.flatMap((t) =>
        t.members
          .filter((m) => m.external !== null)
          .map((m) => ({ teamId: t.id, team: t.nama, nama: m.external!.nama, nip: m.external!.nip, instansi: m.external!.instansi })),
      ),
    },
    search: positions.map((p) => ({
      positionId: p.id,
      jabatan: p.nama,
      people: p.pemangku.filter((h) => h.nama.trim() || h.nip.trim()).map((h) => ({ nama: h.nama, nip: h.nip })),
    })),
  };
}

/** A cached rekap read back from the index: used only when it is of this shape. */
export function isCurrentRekap(value: unknown): value is DocRekap {
  return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === REKAP_VERSION;
}
