// The shipped sample: one Dinas Komunikasi dan Informatika of a made-up Kota Contoh after penyederhanaan
// birokrasi — Kepala Dinas, Sekretaris with one remaining Kasubbag, four Kepala Bidang with their kelompok
// jabatan fungsional and Pelaksana, one UPT, and the Ahli Madya directly under the Kepala Dinas. Legal under the
// KED rules of the nasional profile. Every person, name and NIP here is invented.
// Placements are precomputed by "Rapikan" (bench/sample-placements.ts writes dinasContohPlacements.ts), so the
// sample opens laid out without waiting for the layout worker.
import {
  CURRENT_VERSION,
  FORMAT_TAG,
  type Golongan,
  type Pemangku,
  type Jenjang,
  type Pendidikan,
  type Position,
  type PositionKind,
  type Unit,
  type Workspace,
} from '../model';
import { DINAS_CONTOH_PLACEMENTS } from './dinasContohPlacements';

const UNITS: Unit[] = [
  unit('unit_diskominfo', 'Dinas Komunikasi dan Informatika', null, true),
  unit('unit_sekretariat', 'Sekretariat', 'unit_diskominfo'),
  // Kasubbag in a secretariat is on the Mendagri list of units that keep a third level.
  unit('unit_subbag_umpeg', 'Subbagian Umum dan Kepegawaian', 'unit_sekretariat', false, true),
  unit('unit_bidang_ikp', 'Bidang Informasi dan Komunikasi Publik', 'unit_diskominfo'),
  unit('unit_bidang_aptika', 'Bidang Aplikasi Informatika', 'unit_diskominfo'),
  unit('unit_bidang_statistik', 'Bidang Statistik', 'unit_diskominfo'),
  unit('unit_bidang_persandian', 'Bidang Persandian dan Keamanan Informasi', 'unit_diskominfo'),
  unit('unit_upt_pusat_data', 'UPT Pusat Data dan Layanan Jaringan', 'unit_diskominfo', false, true),
];

function unit(id: string, nama: string, parentId: string | null, isPd = false, pengecualian = false): Unit {
  return { id, nama, parentId, isPerangkatDaerah: isPd, tipePd: isPd ? 'dinas' : null, pengecualian };
}

type HolderRow = [nama: string, nip: string, pendidikan: Pendidikan, golongan: Golongan, kelas: number, tahun: number];

/** kode, nama jabatan, kind (jenjang for JF), unit, holder */
type Row = [kode: string, nama: string, kind: PositionKind | Jenjang, unitId: string, holder?: HolderRow];

const D = 'unit_diskominfo';
const SEK = 'unit_sekretariat';
const UMPEG = 'unit_subbag_umpeg';
const IKP = 'unit_bidang_ikp';
const APT = 'unit_bidang_aptika';
const STAT = 'unit_bidang_statistik';
const SANDI = 'unit_bidang_persandian';
const UPT = 'unit_upt_pusat_data';

const ROWS: Row[] = [
  ['1', 'Kepala Dinas Komunikasi dan Informatika', 'jpt-pratama', D, ['Ir. Bambang Sutejo, M.T.', '197203151998031007', 'S2', 'IV/c', 14, 26]],
  ['1.1', 'Sekretaris', 'administrator', SEK, ['Dra. Sri Wahyuningsih, M.Si.', '197508202000032004', 'S2', 'IV/a', 12, 24]],
  ['1.1.1', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', UMPEG, ['Hendra Gunawan, S.Sos.', '198104112006041012', 'S1', 'III/d', 9, 18]],
  ['1.1.1.1', 'Arsiparis Terampil', 'terampil', UMPEG, ['Rina Marlina, A.Md.', '199002172014022003', 'D3', 'II/d', 6, 10]],
  ['1.1.1.2', 'Pengadministrasi Perkantoran', 'pelaksana', UMPEG],
  ['1.1.1.3', 'Pengadministrasi Perkantoran', 'pelaksana', UMPEG],
  ['1.1.1.4', 'Pengelola Layanan Operasional', 'pelaksana', UMPEG, ['Yusuf Ramadhan', '199305052019031006', 'SMA/SMK', 'II/b', 5, 6]],
  ['1.1.1.5', 'Operator Layanan Operasional', 'pelaksana', UMPEG],
  ['1.1.1.6', 'Penata Layanan Operasional', 'pelaksana', UMPEG, ['Lestari Handayani, S.E.', '198909092015032002', 'S1', 'III/b', 7, 9]],
  ['1.1.1.7', 'Pranata Komputer Terampil', 'terampil', UMPEG],
  ['1.1.2', 'Perencana Ahli Muda', 'ahli-muda', SEK, ['Agus Setiawan, S.T., M.M.', '198307212009011004', 'S2', 'III/d', 10, 15]],
  ['1.1.3', 'Analis Keuangan Pusat dan Daerah Ahli Muda', 'ahli-muda', SEK, ['Nurul Aini, S.E., M.Ak.', '198511032010012015', 'S2', 'III/d', 10, 14]],
  ['1.1.4', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'ahli-pertama', SEK],
  ['1.1.5', 'Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli-pertama', SEK],

  ['1.2', 'Kepala Bidang Informasi dan Komunikasi Publik', 'administrator', IKP, ['Dewi Kartika Sari, S.Sos., M.Si.', '197912122005022008', 'S2', 'IV/a', 12, 19]],
  ['1.2.1', 'Pranata Humas Ahli Muda', 'ahli-muda', IKP, ['Rudi Hartono, S.I.Kom.', '198406062010011019', 'S1', 'III/d', 10, 14]],
  ['1.2.2', 'Pranata Humas Ahli Muda', 'ahli-muda', IKP],
  ['1.2.3', 'Pranata Humas Ahli Pertama', 'ahli-pertama', IKP, ['Putri Anggraini, S.I.Kom.', '199401262020122011', 'S1', 'III/a', 8, 4]],
  ['1.2.4', 'Pranata Humas Ahli Pertama', 'ahli-pertama', IKP],
  ['1.2.5', 'Pranata Humas Mahir', 'mahir', IKP],
  ['1.2.6', 'Pranata Humas Terampil', 'terampil', IKP],
  ['1.2.7', 'Pengelola Data', 'pelaksana', IKP],
  ['1.2.8', 'Operator Layanan Operasional', 'pelaksana', IKP],
  ['1.2.9', 'Penelaah Teknis Kebijakan', 'pelaksana', IKP],

  ['1.3', 'Kepala Bidang Aplikasi Informatika', 'administrator', APT, ['Fajar Nugroho, S.Kom., M.T.', '198002282006041003', 'S2', 'IV/a', 12, 18]],
  ['1.3.1', 'Pranata Komputer Ahli Muda', 'ahli-muda', APT, ['Taufik Hidayat, S.Kom.', '198708172011011008', 'S1', 'III/c', 10, 13]],
  ['1.3.2', 'Pranata Komputer Ahli Muda', 'ahli-muda', APT],
  ['1.3.3', 'Manggala Informatika Ahli Pertama', 'ahli-pertama', APT],
  ['1.3.4', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', APT, ['Maya Puspitasari, S.Kom.', '199507142020122009', 'S1', 'III/a', 8, 4]],
  ['1.3.5', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', APT],
  ['1.3.6', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', APT],
  ['1.3.7', 'Pranata Komputer Mahir', 'mahir', APT],
  ['1.3.8', 'Pranata Komputer Terampil', 'terampil', APT, ['Eko Prasetyo, A.Md.Kom.', '199211302017031002', 'D3', 'II/d', 6, 7]],
  ['1.3.9', 'Pengelola Data', 'pelaksana', APT],
  ['1.3.10', 'Operator Layanan Operasional', 'pelaksana', APT],

  ['1.4', 'Kepala Bidang Statistik', 'administrator', STAT, ['Siti Rahmawati, S.Si., M.Stat.', '198205192008012012', 'S2', 'IV/a', 12, 16]],
  ['1.4.1', 'Statistisi Ahli Muda', 'ahli-muda', STAT, ['Wahyu Kurniawan, S.Si.', '198610102011011014', 'S1', 'III/c', 10, 13]],
  ['1.4.2', 'Statistisi Ahli Pertama', 'ahli-pertama', STAT],
  ['1.4.3', 'Statistisi Ahli Pertama', 'ahli-pertama', STAT],
  ['1.4.4', 'Statistisi Ahli Pertama', 'ahli-pertama', STAT],
  ['1.4.5', 'Statistisi Terampil', 'terampil', STAT],
  ['1.4.6', 'Pengelola Data', 'pelaksana', STAT],
  ['1.4.7', 'Pengelola Data', 'pelaksana', STAT],

  ['1.5', 'Kepala Bidang Persandian dan Keamanan Informasi', 'administrator', SANDI, ['Arif Budiman, S.T., M.Kom.', '197811252005011006', 'S2', 'IV/a', 12, 19]],
  ['1.5.1', 'Sandiman Ahli Muda', 'ahli-muda', SANDI, ['Indra Saputra, S.ST.Sand.', '198803032012011007', 'D4', 'III/c', 10, 12]],
  ['1.5.2', 'Sandiman Ahli Pertama', 'ahli-pertama', SANDI],
  ['1.5.3', 'Sandiman Ahli Pertama', 'ahli-pertama', SANDI],
  ['1.5.4', 'Sandiman Terampil', 'terampil', SANDI],
  ['1.5.5', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', SANDI],
  ['1.5.6', 'Operator Layanan Operasional', 'pelaksana', SANDI],

  ['1.6', 'Kepala UPT Pusat Data dan Layanan Jaringan', 'pengawas', UPT, ['Joko Susilo, S.Kom.', '198312082009031005', 'S1', 'III/d', 9, 15]],
  ['1.6.1', 'Pranata Komputer Terampil', 'terampil', UPT],
  ['1.6.2', 'Pranata Komputer Terampil', 'terampil', UPT],
  ['1.6.3', 'Operator Layanan Operasional', 'pelaksana', UPT],
  ['1.6.4', 'Operator Layanan Operasional', 'pelaksana', UPT],

  // Ahli Madya sit directly under the JPT (the jenjang rule of Perbup Banjar 39/2024, Lampiran I).
  ['1.7', 'Analis Kebijakan Ahli Madya', 'ahli-madya', D, ['Dr. Hadi Wijaya, M.Si.', '197406302000121002', 'S3', 'IV/b', 12, 24]],
  ['1.8', 'Pranata Komputer Ahli Madya', 'ahli-madya', D],
  ['1.9', 'Pranata Humas Ahli Madya', 'ahli-madya', D, ['Ratna Dewi, S.Sos., M.I.Kom.', '197701162003122003', 'S2', 'IV/a', 12, 21]],
  ['1.10', 'Statistisi Ahli Madya', 'ahli-madya', D],
  ['1.11', 'Sandiman Ahli Madya', 'ahli-madya', D],
];

const JENJANG_KINDS: readonly string[] = [
  'ahli-utama', 'ahli-madya', 'ahli-muda', 'ahli-pertama', 'penyelia', 'mahir', 'terampil', 'pemula',
];

function idOf(kode: string): string {
  return `jab_${kode.replace(/\./g, '_')}`;
}

function superiorKode(kode: string): string | null {
  const i = kode.lastIndexOf('.');
  return i < 0 ? null : kode.slice(0, i);
}

/** The jabatan fields a holder row gives: its kelas and its one pemangku (K is 1: one slot per row). */
function holderOf(positionId: string, row: HolderRow | undefined): Pick<Position, 'kelasJabatan' | 'kebutuhan' | 'pemangku' | 'bezetting'> {
  if (!row) return { kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null };
  const [nama, nip, pendidikan, golongan, kelasJabatan, pengalamanTahun] = row;
  const pemangku: Pemangku = { id: `${positionId}-pemangku-1`, nama, nip, pendidikan, golongan, predikatKinerja: 'baik', pengalamanTahun };
  return { kelasJabatan, kebutuhan: 1, pemangku: [pemangku], bezetting: null };
}

export function createDinasContoh(): Workspace {
  const positions: Record<string, Position> = {};
  for (const [kode, nama, kindOrJenjang, unitId, holder] of ROWS) {
    const isJf = JENJANG_KINDS.includes(kindOrJenjang);
    const sup = superiorKode(kode);
    const id = idOf(kode);
    positions[id] = {
      id,
      kode,
      nama,
      kind: isJf ? 'fungsional' : (kindOrJenjang as PositionKind),
      jenjang: isJf ? (kindOrJenjang as Jenjang) : null,
      unitId,
      superiorId: sup === null ? null : idOf(sup),
      memimpinUnitMandiri: false,
      substansi: '',
      ...holderOf(id, holder),
      placement: DINAS_CONTOH_PLACEMENTS[id] ? { ...DINAS_CONTOH_PLACEMENTS[id] } : null,
    };
  }
  return {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    id: 'doc_contoh_diskominfo',
    title: 'Contoh: Dinas Komunikasi dan Informatika Kota Contoh',
    instansi: { nama: 'Pemerintah Kota Contoh', jenis: 'kota' },
    profileId: 'nasional',
    severityOverrides: {},
    settings: { labelKelompokManajemen: 'Manajemen' },
    units: Object.fromEntries(UNITS.map((u) => [u.id, { ...u }])),
    positions,
    teams: {},
    maps: {},
  };
}
