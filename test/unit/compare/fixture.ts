// A structure pair with every kind of change (issue 17): last year's Dinas Pendidikan and this year's.
import type { Jenjang, PositionKind, Workspace } from '../../../src/model';
import { emptyWorkspace } from '../../../src/model';

type Row = [id: string, kode: string, nama: string, kind: PositionKind, jenjang: Jenjang | null, unit: string, atasan: string | null];

function build(docId: string, title: string, units: [string, string, string | null][], rows: Row[], prefix = ''): Workspace {
  const doc = emptyWorkspace(title);
  doc.id = docId;
  const id = (x: string | null) => (x === null ? null : `${prefix}${x}`);
  for (const [uid, nama, parent] of units) {
    doc.units[id(uid)!] = {
      id: id(uid)!,
      nama,
      parentId: id(parent),
      isPerangkatDaerah: parent === null,
      tipePd: parent === null ? 'dinas' : null,
      pengecualian: false,
    };
  }
  for (const [pid, kode, nama, kind, jenjang, unit, atasan] of rows) {
    doc.positions[id(pid)!] = {
      id: id(pid)!,
      kode,
      nama,
      kind,
      jenjang,
      unitId: id(unit)!,
      superiorId: id(atasan),
      memimpinUnitMandiri: false,
      substansi: '',
      kelasJabatan: null,
      kebutuhan: 1,
      pemangku: [],
      bezetting: null,
      placement: null,
    };
  }
  return doc;
}

const UNITS: [string, string, string | null][] = [
  ['u_dinas', 'Dinas Pendidikan', null],
  ['u_sekr', 'Sekretariat', 'u_dinas'],
  ['u_umum', 'Sub Bagian Umum', 'u_sekr'],
  ['u_sd', 'Bidang Pembinaan SD', 'u_dinas'],
  ['u_kur', 'Seksi Kurikulum SD', 'u_sd'],
  ['u_sarpras', 'Seksi Sarana Prasarana SD', 'u_sd'],
  ['u_ptk', 'Seksi PTK SD', 'u_sd'],
  ['u_smp', 'Bidang Pembinaan SMP', 'u_dinas'],
];

const LAMA: Row[] = [
  ['p_kadis', '1', 'Kepala Dinas Pendidikan', 'jpt-pratama', null, 'u_dinas', null],
  ['p_sekr', '1.1', 'Sekretaris', 'administrator', null, 'u_sekr', 'p_kadis'],
  ['p_kasubbag', '1.1.1', 'Kepala Sub Bagian Umum', 'pengawas', null, 'u_umum', 'p_sekr'],
  ['p_adm', '1.1.1.1', 'Pengadministrasi Umum', 'pelaksana', null, 'u_umum', 'p_kasubbag'],
  ['p_arsip', '1.1.1.2', 'Pengelola Arsip', 'pelaksana', null, 'u_umum', 'p_kasubbag'],
  ['p_kabid_sd', '1.2', 'Kepala Bidang Pembinaan SD', 'administrator', null, 'u_sd', 'p_kadis'],
  ['p_kasi_kur', '1.2.1', 'Kepala Seksi Kurikulum SD', 'pengawas', null, 'u_kur', 'p_kabid_sd'],
  ['p_kasi_sarpras', '1.2.2', 'Kepala Seksi Sarana Prasarana SD', 'pengawas', null, 'u_sarpras', 'p_kabid_sd'],
  ['p_kasi_ptk', '1.2.3', 'Kepala Seksi PTK SD', 'pengawas', null, 'u_ptk', 'p_kabid_sd'],
  ['p_ptp', '1.2.1.1', 'Pengembang Teknologi Pembelajaran', 'fungsional', 'ahli-pertama', 'u_kur', 'p_kasi_kur'],
  ['p_data', '1.2.2.1', 'Pengelola Data', 'pelaksana', null, 'u_sarpras', 'p_kasi_sarpras'],
  ['p_kabid_smp', '1.3', 'Kepala Bidang Pembinaan SMP', 'administrator', null, 'u_smp', 'p_kadis'],
  ['p_analis', '1.3.1', 'Analis Kebijakan', 'fungsional', 'ahli-muda', 'u_smp', 'p_kabid_smp'],
];

/** This year's: one removed, one added, one renamed, one re-attached, one moved to another unit, one jenjang
 * raised, one Pengawas disetarakan to JF Ahli Muda. */
const BARU: Row[] = LAMA.filter((r) => r[0] !== 'p_arsip').map((r): Row => {
  const [id] = r;
  if (id === 'p_kasi_ptk') return [r[0], r[1], 'Kepala Seksi Guru dan Tenaga Kependidikan SD', r[3], r[4], r[5], r[6]];
  if (id === 'p_data') return [r[0], r[1], r[2], r[3], r[4], r[5], 'p_kasi_kur'];
  if (id === 'p_analis') return [r[0], r[1], r[2], r[3], r[4], 'u_sd', 'p_kabid_sd'];
  if (id === 'p_ptp') return [r[0], r[1], r[2], r[3], 'ahli-muda', r[5], r[6]];
  if (id === 'p_kasi_sarpras') return [r[0], r[1], 'Penata Kelola Sarana Prasarana Ahli Muda', 'fungsional', 'ahli-muda', 'u_sarpras', 'p_kabid_sd'];
  return r;
});
BARU.push(['p_prakom', '1.2.4', 'Pranata Komputer', 'fungsional', 'ahli-pertama', 'u_sd', 'p_kabid_sd']);

export function lama(): Workspace {
  return build('doc_disdik', 'Struktur Dinas Pendidikan 2025', UNITS, LAMA);
}

/** This year's, the same document (shared ancestry): matched by id. Its Kasi Kurikulum also got a new kode. */
export function baruSameDocument(): Workspace {
  const doc = build('doc_disdik', 'Struktur Dinas Pendidikan 2026', UNITS, BARU);
  doc.positions.p_kasi_kur = { ...doc.positions.p_kasi_kur, kode: '1.2.01' };
  return doc;
}

/** This year's as another document (a re-import): other ids, matched by kode, and one jabatan without a kode
 * matched by name and unit path. */
export function baruOtherDocument(): Workspace {
  const doc = build('doc_disdik_2026', 'Struktur Dinas Pendidikan 2026 (impor)', UNITS, BARU, 'x_');
  doc.positions.x_p_adm = { ...doc.positions.x_p_adm, kode: '' };
  return doc;
}
