// The structure of the training sample "Kota Contoh" (profile Perwali Serang 23/2023): Sekretariat Daerah, three
// Dinas, a DPMPTSP and a Kecamatan after penyederhanaan birokrasi. Every person, name and NIP is invented.
//
// Rows are written as a peta jabatan: the kode says where a position sits (its superior is the kode one segment
// shorter), so the tables read like the lampiran of a Perwali. Two rows break the KED rules on purpose (see
// mistakes.ts): the kode of those rows still tells the truth about where they were put.
import type { Golongan, Jenjang, Pendidikan, Pemangku, Position, PositionKind, TipePd, Unit } from '../../model';

// ── Units ───────────────────────────────────────────────────────────────────────────────────────────────────

function pd(id: string, nama: string, tipePd: TipePd): Unit {
  return { id, nama, parentId: null, isPerangkatDaerah: true, tipePd, pengecualian: false };
}

/** `pengecualian`: the unit keeps a third structural level (PermenPANRB 25/2021; Perwali Serang Pasal 6 huruf e–f). */
function sub(id: string, nama: string, parentId: string, pengecualian = false): Unit {
  return { id, nama, parentId, isPerangkatDaerah: false, tipePd: null, pengecualian };
}

export const KOTA_UNITS: Unit[] = [
  // Sekretariat Daerah: Sekretaris Daerah → Asisten → Kepala Bagian is the pattern Perwali Serang Pasal 6 huruf f
  // describes, three structural levels by design.
  { ...pd('u_setda', 'Sekretariat Daerah', 'setda'), pengecualian: true },
  sub('u_as1', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'u_setda'),
  sub('u_as2', 'Asisten Perekonomian dan Pembangunan', 'u_setda'),
  sub('u_as3', 'Asisten Administrasi Umum', 'u_setda'),
  sub('u_bag_pem', 'Bagian Pemerintahan', 'u_as1'),
  sub('u_bag_kesra', 'Bagian Kesejahteraan Rakyat', 'u_as1'),
  sub('u_bag_hukum', 'Bagian Hukum', 'u_as1'),
  sub('u_bag_eko', 'Bagian Perekonomian dan Sumber Daya Alam', 'u_as2'),
  sub('u_bag_pbj', 'Bagian Pengadaan Barang dan Jasa', 'u_as2'),
  sub('u_bag_org', 'Bagian Organisasi', 'u_as3'),
  sub('u_bag_umum', 'Bagian Umum', 'u_as3'),

  pd('u_disdik', 'Dinas Pendidikan', 'dinas'),
  sub('u_disdik_sek', 'Sekretariat', 'u_disdik'),
  // Kasubbag in a secretariat is on the Mendagri list of units that keep a third level.
  sub('u_disdik_umpeg', 'Subbagian Umum dan Kepegawaian', 'u_disdik_sek', true),
  sub('u_disdik_sd', 'Bidang Pembinaan Sekolah Dasar', 'u_disdik'),
  sub('u_disdik_smp', 'Bidang Pembinaan Sekolah Menengah Pertama', 'u_disdik'),
  sub('u_disdik_gtk', 'Bidang Guru dan Tenaga Kependidikan', 'u_disdik'),

  pd('u_dinkes', 'Dinas Kesehatan', 'dinas'),
  sub('u_dinkes_sek', 'Sekretariat', 'u_dinkes'),
  sub('u_dinkes_umpeg', 'Subbagian Umum dan Kepegawaian', 'u_dinkes_sek', true),
  sub('u_dinkes_kesmas', 'Bidang Kesehatan Masyarakat', 'u_dinkes'),
  sub('u_dinkes_p2p', 'Bidang Pencegahan dan Pengendalian Penyakit', 'u_dinkes'),
  sub('u_dinkes_yankes', 'Bidang Pelayanan dan Sumber Daya Kesehatan', 'u_dinkes'),
  sub('u_dinkes_pkm', 'UPT Puskesmas Kota Baru', 'u_dinkes'),

  pd('u_kominfo', 'Dinas Komunikasi dan Informatika', 'dinas'),
  sub('u_kominfo_sek', 'Sekretariat', 'u_kominfo'),
  sub('u_kominfo_umpeg', 'Subbagian Umum dan Kepegawaian', 'u_kominfo_sek', true),
  sub('u_kominfo_aptika', 'Bidang Aplikasi Informatika', 'u_kominfo'),
  sub('u_kominfo_ikp', 'Bidang Informasi dan Komunikasi Publik', 'u_kominfo'),
  sub('u_kominfo_stat', 'Bidang Statistik dan Persandian', 'u_kominfo'),

  pd('u_dpm', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'dpmptsp'),
  sub('u_dpm_sek', 'Sekretariat', 'u_dpm'),
  sub('u_dpm_umpeg', 'Subbagian Umum dan Kepegawaian', 'u_dpm_sek', true),
  sub('u_dpm_pm', 'Bidang Penanaman Modal', 'u_dpm'),
  sub('u_dpm_pp', 'Bidang Pelayanan Perizinan', 'u_dpm'),

  pd('u_kec', 'Kecamatan Kota Baru', 'kecamatan'),
  sub('u_kec_sek', 'Sekretariat Kecamatan', 'u_kec'),
  sub('u_kec_umpeg', 'Subbagian Umum dan Kepegawaian', 'u_kec_sek', true),
  sub('u_kec_keu', 'Subbagian Perencanaan dan Keuangan', 'u_kec_sek', true),
  sub('u_kec_pem', 'Seksi Pemerintahan', 'u_kec'),
  sub('u_kec_ekbang', 'Seksi Ekonomi dan Pembangunan', 'u_kec'),
  sub('u_kec_kesos', 'Seksi Kesejahteraan Sosial', 'u_kec'),
  sub('u_kec_trantib', 'Seksi Ketenteraman dan Ketertiban Umum', 'u_kec'),
  sub('u_kel_sukamaju', 'Kelurahan Sukamaju', 'u_kec'),
  sub('u_kel_karangsari', 'Kelurahan Karangsari', 'u_kec'),
];

// ── Positions ───────────────────────────────────────────────────────────────────────────────────────────────

type HolderRow = [nama: string, nip: string, pendidikan: Pendidikan, golongan: Golongan, kelas: number, tahun: number];

interface RowOptions {
  substansi?: string;
  /** a JF appointed to lead a unit kerja mandiri (Kepala UPT Puskesmas) */
  mandiri?: boolean;
}

/** kode, nama jabatan, kind (jenjang for a JF), unit, holder */
type Row = [kode: string, nama: string, kind: PositionKind | Jenjang, unitId: string, holder?: HolderRow | null, options?: RowOptions];

// Sekretariat Daerah (1). Perwali Serang Pasal 6 huruf f: Sekretaris Daerah, Asisten and Kepala Bagian are the
// Pejabat Penilai Kinerja; the Bagian keep no Kepala Subbagian, their JF and Pelaksana sit under the Kepala Bagian.
const SETDA: Row[] = [
  ['1', 'Sekretaris Daerah', 'jpt-pratama', 'u_setda', ['Drs. H. Ahmad Fauzan, M.Si.', '196904121990031004', 'S2', 'IV/d', 16, 34]],
  ['1.1', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt-pratama', 'u_as1', ['Dr. Yayan Suryana, S.IP., M.Si.', '197102051993031003', 'S3', 'IV/c', 15, 31]],
  ['1.1.1', 'Kepala Bagian Pemerintahan', 'administrator', 'u_bag_pem', ['Rahmat Hidayat, S.STP., M.Si.', '198104152000121002', 'S2', 'IV/a', 12, 24]],
  ['1.1.1.1', 'Analis Kebijakan Ahli Muda', 'ahli-muda', 'u_bag_pem'],
  ['1.1.1.2', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 'u_bag_pem'],
  ['1.1.1.3', 'Penelaah Teknis Kebijakan', 'pelaksana', 'u_bag_pem'],
  ['1.1.1.4', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_bag_pem'],
  ['1.1.2', 'Kepala Bagian Kesejahteraan Rakyat', 'administrator', 'u_bag_kesra', ['Hj. Neneng Rosdiana, S.Ag., M.Pd.', '197806102003122005', 'S2', 'IV/a', 12, 21]],
  ['1.1.2.1', 'Analis Kebijakan Ahli Muda', 'ahli-muda', 'u_bag_kesra', ['Lilis Suryani, S.Sos., M.Si.', '198503172009022006', 'S2', 'III/d', 10, 15]],
  ['1.1.2.2', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 'u_bag_kesra'],
  ['1.1.2.3', 'Penata Layanan Operasional', 'pelaksana', 'u_bag_kesra'],
  ['1.1.3', 'Kepala Bagian Hukum', 'administrator', 'u_bag_hukum', ['Dedi Kurniadi, S.H., M.H.', '197909222005011004', 'S2', 'IV/a', 12, 19]],
  ['1.1.3.1', 'Perancang Peraturan Perundang-undangan Ahli Muda', 'ahli-muda', 'u_bag_hukum'],
  ['1.1.3.2', 'Perancang Peraturan Perundang-undangan Ahli Pertama', 'ahli-pertama', 'u_bag_hukum'],
  ['1.1.3.3', 'Analis Hukum Ahli Pertama', 'ahli-pertama', 'u_bag_hukum'],
  ['1.1.3.4', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_bag_hukum'],
  ['1.2', 'Asisten Perekonomian dan Pembangunan', 'jpt-pratama', 'u_as2', ['Ir. Bambang Priyanto, M.T.', '197005181995031002', 'S2', 'IV/c', 15, 29]],
  ['1.2.1', 'Kepala Bagian Perekonomian dan Sumber Daya Alam', 'administrator', 'u_bag_eko', ['Eka Fitriani, S.E., M.E.', '198201302006042008', 'S2', 'IV/a', 12, 18]],
  ['1.2.1.1', 'Analis Kebijakan Ahli Muda', 'ahli-muda', 'u_bag_eko'],
  ['1.2.1.2', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 'u_bag_eko'],
  ['1.2.1.3', 'Pengolah Data dan Informasi', 'pelaksana', 'u_bag_eko'],
  ['1.2.2', 'Kepala Bagian Pengadaan Barang dan Jasa', 'administrator', 'u_bag_pbj', ['Agus Salim, S.T., M.M.', '198011082005011007', 'S2', 'IV/a', 12, 19]],
  ['1.2.2.1', 'Pengelola Pengadaan Barang/Jasa Ahli Muda', 'ahli-muda', 'u_bag_pbj'],
  ['1.2.2.2', 'Pengelola Pengadaan Barang/Jasa Ahli Pertama', 'ahli-pertama', 'u_bag_pbj'],
  ['1.2.2.3', 'Pengelola Pengadaan Barang/Jasa Ahli Pertama', 'ahli-pertama', 'u_bag_pbj'],
  ['1.2.2.4', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_bag_pbj'],
  ['1.3', 'Asisten Administrasi Umum', 'jpt-pratama', 'u_as3', ['Dra. Hj. Euis Rohaeti, M.M.', '196908241994032003', 'S2', 'IV/c', 15, 30]],
  ['1.3.1', 'Kepala Bagian Organisasi', 'administrator', 'u_bag_org', ['Iwan Setiawan, S.Sos., M.A.P.', '198003112005011005', 'S2', 'IV/a', 12, 19]],
  ['1.3.1.1', 'Analis Kebijakan Ahli Muda', 'ahli-muda', 'u_bag_org', ['Rina Marlina, S.AP., M.Si.', '198612032010012007', 'S2', 'III/d', 10, 14]],
  ['1.3.1.2', 'Analis Sumber Daya Manusia Aparatur Ahli Muda', 'ahli-muda', 'u_bag_org'],
  ['1.3.1.3', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 'u_bag_org', ['Dewi Anggraeni, S.IP.', '199509182020122008', 'S1', 'III/a', 8, 4]],
  ['1.3.1.4', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'ahli-pertama', 'u_bag_org'],
  ['1.3.1.5', 'Penata Layanan Operasional', 'pelaksana', 'u_bag_org'],
  ['1.3.2', 'Kepala Bagian Umum', 'administrator', 'u_bag_umum', ['Asep Saepudin, S.Sos.', '197704252002121003', 'S1', 'IV/a', 12, 22]],
  ['1.3.2.1', 'Arsiparis Ahli Pertama', 'ahli-pertama', 'u_bag_umum', ['Nurul Hikmah, S.Hum.', '199207112019032011', 'S1', 'III/a', 8, 5]],
  ['1.3.2.2', 'Arsiparis Terampil', 'terampil', 'u_bag_umum'],
  ['1.3.2.3', 'Pranata Komputer Terampil', 'terampil', 'u_bag_umum'],
  ['1.3.2.4', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_bag_umum'],
  ['1.3.2.5', 'Pengelola Umum Operasional', 'pelaksana', 'u_bag_umum'],
  ['1.4', 'Analis Kebijakan Ahli Madya', 'ahli-madya', 'u_setda', ['Dr. Hadi Wibowo, M.Si.', '197506302000031002', 'S3', 'IV/b', 13, 24]],
  ['1.5', 'Perancang Peraturan Perundang-undangan Ahli Madya', 'ahli-madya', 'u_setda'],
];

// Dinas Pendidikan (2).
const DISDIK: Row[] = [
  ['2', 'Kepala Dinas Pendidikan', 'jpt-pratama', 'u_disdik', ['Dr. H. Tatang Sutisna, M.Pd.', '197012141994031005', 'S3', 'IV/c', 15, 30]],
  ['2.1', 'Sekretaris', 'administrator', 'u_disdik_sek', ['Yuyun Yuningsih, S.Pd., M.M.', '197807072003122004', 'S2', 'IV/a', 12, 21]],
  ['2.1.1', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 'u_disdik_umpeg', ['Ujang Rohman, S.Sos.', '198203142008011006', 'S1', 'III/d', 9, 16]],
  ['2.1.1.1', 'Arsiparis Terampil', 'terampil', 'u_disdik_umpeg'],
  ['2.1.1.2', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_disdik_umpeg'],
  ['2.1.1.3', 'Pengelola Umum Operasional', 'pelaksana', 'u_disdik_umpeg'],
  ['2.1.1.4', 'Operator Layanan Operasional', 'pelaksana', 'u_disdik_umpeg'],
  ['2.1.2', 'Perencana Ahli Muda', 'ahli-muda', 'u_disdik_sek'],
  ['2.1.3', 'Analis Keuangan Pusat dan Daerah Ahli Muda', 'ahli-muda', 'u_disdik_sek'],
  ['2.1.4', 'Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli-pertama', 'u_disdik_sek'],
  // Kesalahan sengaja #2 (KED-05): after the Subbagian Keuangan was dissolved its Pelaksana was put directly under
  // the Sekretaris, who still has the Kepala Subbagian Umum dan Kepegawaian under him.
  ['2.1.5', 'Penata Laporan Keuangan', 'pelaksana', 'u_disdik_sek', ['Ai Komariah, S.E.', '199003082015032004', 'S1', 'III/b', 7, 9]],
  ['2.2', 'Kepala Bidang Pembinaan Sekolah Dasar', 'administrator', 'u_disdik_sd', ['Cecep Supriatna, S.Pd., M.Pd.', '197911212005011003', 'S2', 'IV/a', 12, 19]],
  ['2.2.1', 'Pengembang Teknologi Pembelajaran Ahli Muda', 'ahli-muda', 'u_disdik_sd'],
  ['2.2.2', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 'u_disdik_sd'],
  ['2.2.3', 'Pengembang Teknologi Pembelajaran Ahli Pertama', 'ahli-pertama', 'u_disdik_sd'],
  ['2.2.4', 'Pengolah Data dan Informasi', 'pelaksana', 'u_disdik_sd'],
  ['2.2.5', 'Penelaah Teknis Kebijakan', 'pelaksana', 'u_disdik_sd'],
  ['2.2.6', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_disdik_sd'],
  ['2.3', 'Kepala Bidang Pembinaan Sekolah Menengah Pertama', 'administrator', 'u_disdik_smp', ['Hj. Iis Aisyah, S.Pd., M.Si.', '197810052003122006', 'S2', 'IV/a', 12, 21]],
  ['2.3.1', 'Pengembang Teknologi Pembelajaran Ahli Muda', 'ahli-muda', 'u_disdik_smp'],
  ['2.3.2', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 'u_disdik_smp'],
  ['2.3.3', 'Pengolah Data dan Informasi', 'pelaksana', 'u_disdik_smp'],
  ['2.3.4', 'Penelaah Teknis Kebijakan', 'pelaksana', 'u_disdik_smp'],
  ['2.3.5', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_disdik_smp'],
  ['2.4', 'Kepala Bidang Guru dan Tenaga Kependidikan', 'administrator', 'u_disdik_gtk', ['Dadang Hermawan, S.Pd., M.M.Pd.', '198006162005011008', 'S2', 'IV/a', 12, 19]],
  ['2.4.1', 'Analis Sumber Daya Manusia Aparatur Ahli Muda', 'ahli-muda', 'u_disdik_gtk'],
  ['2.4.2', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'ahli-pertama', 'u_disdik_gtk'],
  ['2.4.3', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'ahli-pertama', 'u_disdik_gtk'],
  ['2.4.4', 'Pengolah Data dan Informasi', 'pelaksana', 'u_disdik_gtk'],
  ['2.4.5', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_disdik_gtk'],
  ['2.5', 'Analis Kebijakan Ahli Madya', 'ahli-madya', 'u_disdik'],
  // a JF named "Pengawas Sekolah" is not a Pejabat Pengawas: a point worth making in class
  ['2.6', 'Pengawas Sekolah Ahli Madya', 'ahli-madya', 'u_disdik', ['Drs. Mulyadi, M.Pd.', '196905051994121002', 'S2', 'IV/b', 13, 30]],
];

// Dinas Kesehatan (3). The UPT Puskesmas is led by a JF appointed to lead it (Perwali Serang Pasal 5 ayat (4)).
const DINKES: Row[] = [
  ['3', 'Kepala Dinas Kesehatan', 'jpt-pratama', 'u_dinkes', ['dr. Hj. Ratna Komala, M.K.M.', '197203081998032004', 'S2', 'IV/c', 15, 27]],
  ['3.1', 'Sekretaris', 'administrator', 'u_dinkes_sek', ['Dodi Firmansyah, S.K.M., M.Kes.', '198010102005011009', 'S2', 'IV/a', 12, 19]],
  ['3.1.1', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 'u_dinkes_umpeg', ['Yeni Marlina, S.E.', '198304222009022005', 'S1', 'III/d', 9, 15]],
  ['3.1.1.1', 'Arsiparis Terampil', 'terampil', 'u_dinkes_umpeg'],
  ['3.1.1.2', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_dinkes_umpeg'],
  ['3.1.1.3', 'Pengelola Umum Operasional', 'pelaksana', 'u_dinkes_umpeg'],
  ['3.1.2', 'Perencana Ahli Muda', 'ahli-muda', 'u_dinkes_sek'],
  ['3.1.3', 'Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli-pertama', 'u_dinkes_sek'],
  ['3.1.4', 'Administrator Kesehatan Ahli Pertama', 'ahli-pertama', 'u_dinkes_sek'],
  ['3.2', 'Kepala Bidang Kesehatan Masyarakat', 'administrator', 'u_dinkes_kesmas', ['Nia Kurniasih, S.K.M., M.K.M.', '198108182006042011', 'S2', 'IV/a', 12, 18]],
  ['3.2.1', 'Nutrisionis Ahli Muda', 'ahli-muda', 'u_dinkes_kesmas', ['Sri Mulyani, S.Gz., M.Gz.', '198505102010012016', 'S2', 'III/d', 10, 14]],
  ['3.2.2', 'Penyuluh Kesehatan Masyarakat Ahli Muda', 'ahli-muda', 'u_dinkes_kesmas'],
  ['3.2.3', 'Penyuluh Kesehatan Masyarakat Ahli Pertama', 'ahli-pertama', 'u_dinkes_kesmas'],
  ['3.2.4', 'Sanitarian Terampil', 'terampil', 'u_dinkes_kesmas'],
  ['3.2.5', 'Bidan Ahli Muda', 'ahli-muda', 'u_dinkes_kesmas'],
  ['3.2.6', 'Pengolah Data dan Informasi', 'pelaksana', 'u_dinkes_kesmas'],
  ['3.3', 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', 'administrator', 'u_dinkes_p2p', ['dr. Ridwan Kamil Prasetya, M.Epid.', '197904032006041005', 'S2', 'IV/a', 12, 18]],
  ['3.3.1', 'Epidemiolog Kesehatan Ahli Muda', 'ahli-muda', 'u_dinkes_p2p'],
  ['3.3.2', 'Epidemiolog Kesehatan Ahli Pertama', 'ahli-pertama', 'u_dinkes_p2p'],
  ['3.3.3', 'Entomolog Kesehatan Ahli Pertama', 'ahli-pertama', 'u_dinkes_p2p'],
  ['3.3.4', 'Perawat Ahli Pertama', 'ahli-pertama', 'u_dinkes_p2p'],
  ['3.3.5', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_dinkes_p2p'],
  ['3.4', 'Kepala Bidang Pelayanan dan Sumber Daya Kesehatan', 'administrator', 'u_dinkes_yankes', ['drg. Maya Sopiah, M.M.', '198002142006042007', 'S2', 'IV/a', 12, 18]],
  ['3.4.1', 'Administrator Kesehatan Ahli Muda', 'ahli-muda', 'u_dinkes_yankes', ['Irfan Maulana, S.K.M., M.Kes.', '198411302010011011', 'S2', 'III/d', 10, 14]],
  ['3.4.2', 'Apoteker Ahli Muda', 'ahli-muda', 'u_dinkes_yankes'],
  ['3.4.3', 'Administrator Kesehatan Ahli Pertama', 'ahli-pertama', 'u_dinkes_yankes'],
  ['3.4.4', 'Tenaga Teknis Kefarmasian Terampil', 'terampil', 'u_dinkes_yankes'],
  ['3.4.5', 'Pengolah Data dan Informasi', 'pelaksana', 'u_dinkes_yankes'],
  ['3.5', 'Kepala UPT Puskesmas Kota Baru (Dokter Ahli Madya)', 'ahli-madya', 'u_dinkes_pkm', ['dr. Teguh Wicaksono', '197807282005011006', 'S1', 'IV/b', 13, 20], { mandiri: true }],
  ['3.5.1', 'Dokter Ahli Pertama', 'ahli-pertama', 'u_dinkes_pkm'],
  ['3.5.2', 'Dokter Gigi Ahli Pertama', 'ahli-pertama', 'u_dinkes_pkm'],
  ['3.5.3', 'Perawat Terampil', 'terampil', 'u_dinkes_pkm'],
  ['3.5.4', 'Bidan Terampil', 'terampil', 'u_dinkes_pkm'],
  ['3.5.5', 'Pranata Laboratorium Kesehatan Terampil', 'terampil', 'u_dinkes_pkm'],
  ['3.5.6', 'Operator Layanan Kesehatan', 'pelaksana', 'u_dinkes_pkm'],
  ['3.5.7', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_dinkes_pkm'],
  ['3.6', 'Administrator Kesehatan Ahli Madya', 'ahli-madya', 'u_dinkes'],
];

// Dinas Komunikasi dan Informatika (4).
const KOMINFO: Row[] = [
  ['4', 'Kepala Dinas Komunikasi dan Informatika', 'jpt-pratama', 'u_kominfo', ['Ir. Wawan Gunawan, M.T.', '197306201999031006', 'S2', 'IV/c', 15, 26]],
  ['4.1', 'Sekretaris', 'administrator', 'u_kominfo_sek', ['Tuti Alawiyah, S.Sos., M.Si.', '197912302005012006', 'S2', 'IV/a', 12, 19]],
  ['4.1.1', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 'u_kominfo_umpeg', ['Yusuf Effendi, S.AP.', '198307162009011008', 'S1', 'III/d', 9, 15]],
  ['4.1.1.1', 'Arsiparis Terampil', 'terampil', 'u_kominfo_umpeg'],
  ['4.1.1.2', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_kominfo_umpeg'],
  ['4.1.1.3', 'Pengelola Umum Operasional', 'pelaksana', 'u_kominfo_umpeg'],
  ['4.1.2', 'Perencana Ahli Pertama', 'ahli-pertama', 'u_kominfo_sek'],
  ['4.1.3', 'Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli-pertama', 'u_kominfo_sek'],
  ['4.2', 'Kepala Bidang Aplikasi Informatika', 'administrator', 'u_kominfo_aptika', ['Rudi Hartono, S.Kom., M.Kom.', '198103052006041007', 'S2', 'IV/a', 12, 18]],
  // Kesalahan sengaja #1 (KED-02): the former Kepala Seksi Pengembangan Aplikasi became a Pranata Komputer Ahli Muda
  // (penyetaraan jabatan), and the Pelaksana who worked under him was left under him.
  ['4.2.1', 'Pranata Komputer Ahli Muda', 'ahli-muda', 'u_kominfo_aptika', ['Taufik Hidayat, S.Kom.', '198708172011011008', 'S1', 'III/d', 10, 13]],
  ['4.2.1.1', 'Penata Kelola Sistem dan Teknologi Informasi', 'pelaksana', 'u_kominfo_aptika'],
  ['4.2.2', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', 'u_kominfo_aptika'],
  ['4.2.3', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', 'u_kominfo_aptika'],
  ['4.2.4', 'Manggala Informatika Ahli Pertama', 'ahli-pertama', 'u_kominfo_aptika'],
  ['4.2.5', 'Pranata Komputer Terampil', 'terampil', 'u_kominfo_aptika'],
  ['4.3', 'Kepala Bidang Informasi dan Komunikasi Publik', 'administrator', 'u_kominfo_ikp', ['Dian Novitasari, S.I.Kom., M.Si.', '198209092008012009', 'S2', 'IV/a', 12, 16]],
  ['4.3.1', 'Pranata Hubungan Masyarakat Ahli Muda', 'ahli-muda', 'u_kominfo_ikp'],
  ['4.3.2', 'Pranata Hubungan Masyarakat Ahli Pertama', 'ahli-pertama', 'u_kominfo_ikp'],
  ['4.3.3', 'Pranata Hubungan Masyarakat Terampil', 'terampil', 'u_kominfo_ikp'],
  ['4.3.4', 'Pengelola Layanan Kehumasan', 'pelaksana', 'u_kominfo_ikp'],
  ['4.3.5', 'Operator Layanan Operasional', 'pelaksana', 'u_kominfo_ikp'],
  ['4.4', 'Kepala Bidang Statistik dan Persandian', 'administrator', 'u_kominfo_stat', ['Siti Rohmah, S.Si., M.Stat.', '198401122009022004', 'S2', 'IV/a', 12, 15]],
  ['4.4.1', 'Statistisi Ahli Muda', 'ahli-muda', 'u_kominfo_stat'],
  ['4.4.2', 'Statistisi Ahli Pertama', 'ahli-pertama', 'u_kominfo_stat', ['Rizky Maulana, S.Stat.', '199604152020121006', 'D4', 'III/a', 8, 4]],
  ['4.4.3', 'Sandiman Ahli Pertama', 'ahli-pertama', 'u_kominfo_stat'],
  ['4.4.4', 'Sandiman Terampil', 'terampil', 'u_kominfo_stat'],
  ['4.4.5', 'Pengolah Data dan Informasi', 'pelaksana', 'u_kominfo_stat'],
  ['4.5', 'Pranata Komputer Ahli Madya', 'ahli-madya', 'u_kominfo'],
];

// DPMPTSP (5).
const DPM: Row[] = [
  ['5', 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'jpt-pratama', 'u_dpm', ['Drs. Enjang Sukarna, M.Si.', '197104111996031003', 'S2', 'IV/c', 15, 28]],
  ['5.1', 'Sekretaris', 'administrator', 'u_dpm_sek', ['Lina Herlina, S.E., M.M.', '197908282005012007', 'S2', 'IV/a', 12, 19]],
  ['5.1.1', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 'u_dpm_umpeg', ['Deni Ruhiyat, S.Sos.', '198410062010011012', 'S1', 'III/d', 9, 14]],
  ['5.1.1.1', 'Arsiparis Terampil', 'terampil', 'u_dpm_umpeg'],
  ['5.1.1.2', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_dpm_umpeg'],
  ['5.1.2', 'Perencana Ahli Pertama', 'ahli-pertama', 'u_dpm_sek'],
  ['5.1.3', 'Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli-pertama', 'u_dpm_sek'],
  ['5.2', 'Kepala Bidang Penanaman Modal', 'administrator', 'u_dpm_pm', ['Heri Kusnadi, S.E., M.Si.', '198006242006041006', 'S2', 'IV/a', 12, 18]],
  ['5.2.1', 'Penata Kelola Penanaman Modal Ahli Muda', 'ahli-muda', 'u_dpm_pm', null, { substansi: 'penanaman modal' }],
  ['5.2.2', 'Penata Kelola Penanaman Modal Ahli Pertama', 'ahli-pertama', 'u_dpm_pm', null, { substansi: 'penanaman modal' }],
  ['5.2.3', 'Penata Kelola Penanaman Modal Ahli Pertama', 'ahli-pertama', 'u_dpm_pm', null, { substansi: 'penanaman modal' }],
  ['5.2.4', 'Pengolah Data dan Informasi', 'pelaksana', 'u_dpm_pm'],
  ['5.3', 'Kepala Bidang Pelayanan Perizinan', 'administrator', 'u_dpm_pp', ['Sri Wahyuni, S.H., M.H.', '198107092006042012', 'S2', 'IV/a', 12, 18]],
  ['5.3.1', 'Penata Perizinan Ahli Muda', 'ahli-muda', 'u_dpm_pp', ['Ahmad Syarifudin, S.H.', '198502202009011006', 'S1', 'III/d', 10, 15], { substansi: 'PTSP' }],
  // The former Kepala Seksi Perizinan Jasa Kesehatan (penyetaraan jabatan, 2022): see Kesalahan sengaja #6.
  ['5.3.2', 'Penata Perizinan Ahli Muda', 'ahli-muda', 'u_dpm_pp', ['Evi Susanti, S.K.M.', '198609012010012015', 'S1', 'III/d', 10, 14], { substansi: 'PTSP' }],
  ['5.3.3', 'Penata Perizinan Ahli Pertama', 'ahli-pertama', 'u_dpm_pp', ['Yoga Pratama, S.H.', '199408302019031005', 'S1', 'III/a', 8, 5], { substansi: 'PTSP' }],
  ['5.3.4', 'Penata Perizinan Ahli Pertama', 'ahli-pertama', 'u_dpm_pp', null, { substansi: 'PTSP' }],
  ['5.3.5', 'Penata Layanan Operasional', 'pelaksana', 'u_dpm_pp', ['Mega Lestari, S.AP.', '199212122017082003', 'S1', 'III/b', 7, 7]],
  ['5.3.6', 'Pengelola Layanan Operasional', 'pelaksana', 'u_dpm_pp'],
  ['5.3.7', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_dpm_pp'],
  ['5.4', 'Penata Kelola Penanaman Modal Ahli Madya', 'ahli-madya', 'u_dpm', null, { substansi: 'penanaman modal' }],
  ['5.5', 'Penata Perizinan Ahli Madya', 'ahli-madya', 'u_dpm', ['Dr. Nandang Kusnandar, S.H., M.H.', '197509172000031003', 'S3', 'IV/b', 13, 24], { substansi: 'PTSP' }],
];

// Kecamatan Kota Baru (6). A territorial unit keeps its Kepala Seksi and Kepala Subbagian.
const KEC: Row[] = [
  ['6', 'Camat Kota Baru', 'administrator', 'u_kec', ['Dudi Hermawan, S.STP., M.Si.', '198502172003121002', 'S2', 'IV/a', 12, 21]],
  // Equal rank is legal: the Sekretaris Camat is an Administrator under the Camat.
  ['6.1', 'Sekretaris Camat', 'administrator', 'u_kec_sek', ['Hj. Oom Komariah, S.Sos.', '197705052003122008', 'S1', 'III/d', 11, 21]],
  ['6.1.1', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 'u_kec_umpeg'],
  ['6.1.1.1', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_kec_umpeg'],
  ['6.1.1.2', 'Pengelola Umum Operasional', 'pelaksana', 'u_kec_umpeg'],
  ['6.1.2', 'Kepala Subbagian Perencanaan dan Keuangan', 'pengawas', 'u_kec_keu'],
  ['6.1.2.1', 'Penata Laporan Keuangan', 'pelaksana', 'u_kec_keu'],
  ['6.1.2.2', 'Pengolah Data dan Informasi', 'pelaksana', 'u_kec_keu'],
  ['6.2', 'Kepala Seksi Pemerintahan', 'pengawas', 'u_kec_pem', ['Jajang Nurjaman, S.IP.', '198107212009011003', 'S1', 'III/d', 9, 15]],
  ['6.2.1', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 'u_kec_pem'],
  ['6.2.2', 'Penelaah Teknis Kebijakan', 'pelaksana', 'u_kec_pem'],
  ['6.2.3', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_kec_pem'],
  ['6.3', 'Kepala Seksi Ekonomi dan Pembangunan', 'pengawas', 'u_kec_ekbang'],
  ['6.3.1', 'Penelaah Teknis Kebijakan', 'pelaksana', 'u_kec_ekbang'],
  ['6.3.2', 'Pengolah Data dan Informasi', 'pelaksana', 'u_kec_ekbang'],
  ['6.4', 'Kepala Seksi Kesejahteraan Sosial', 'pengawas', 'u_kec_kesos', ['Eti Rohaeti, S.Sos.', '198205302008012010', 'S1', 'III/d', 9, 16]],
  ['6.4.1', 'Penata Layanan Operasional', 'pelaksana', 'u_kec_kesos', ['Ilham Nugraha, S.Sos.', '199107072015031004', 'S1', 'III/b', 7, 9]],
  ['6.4.2', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_kec_kesos'],
  ['6.5', 'Kepala Seksi Ketenteraman dan Ketertiban Umum', 'pengawas', 'u_kec_trantib'],
  ['6.5.1', 'Operator Layanan Operasional', 'pelaksana', 'u_kec_trantib'],
  ['6.5.2', 'Pengelola Umum Operasional', 'pelaksana', 'u_kec_trantib'],
  ['6.6', 'Lurah Sukamaju', 'pengawas', 'u_kel_sukamaju', ['Asep Mulyana, S.Sos.', '198008142009011005', 'S1', 'III/d', 9, 15]],
  ['6.6.1', 'Penata Layanan Operasional', 'pelaksana', 'u_kel_sukamaju'],
  ['6.6.2', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_kel_sukamaju'],
  ['6.6.3', 'Operator Layanan Operasional', 'pelaksana', 'u_kel_sukamaju'],
  ['6.7', 'Lurah Karangsari', 'pengawas', 'u_kel_karangsari', ['Neni Suhaeni, S.AP.', '198311252010012008', 'S1', 'III/c', 9, 14]],
  ['6.7.1', 'Penata Layanan Operasional', 'pelaksana', 'u_kel_karangsari'],
  ['6.7.2', 'Pengadministrasi Perkantoran', 'pelaksana', 'u_kel_karangsari'],
  ['6.7.3', 'Operator Layanan Operasional', 'pelaksana', 'u_kel_karangsari'],
];

const ROWS: Row[] = [...SETDA, ...DISDIK, ...DINKES, ...KOMINFO, ...DPM, ...KEC];

const JENJANG_KINDS: readonly string[] = [
  'ahli-utama', 'ahli-madya', 'ahli-muda', 'ahli-pertama', 'penyelia', 'mahir', 'terampil', 'pemula',
];

/** jab_4_2_1 for kode 4.2.1: ids are stable, so tests, maps and teams can name positions by kode. */
export function positionId(kode: string): string {
  return `jab_${kode.replace(/\./g, '_')}`;
}

function superiorKode(kode: string): string | null {
  const i = kode.lastIndexOf('.');
  return i < 0 ? null : kode.slice(0, i);
}

/** The jabatan fields a holder row gives: its kelas and its one pemangku (K is 1: one slot per row). */
function holderOf(positionId: string, row: HolderRow | null | undefined): Pick<Position, 'kelasJabatan' | 'kebutuhan' | 'pemangku' | 'bezetting'> {
  if (!row) return { kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null };
  const [nama, nip, pendidikan, golongan, kelasJabatan, pengalamanTahun] = row;
  const pemangku: Pemangku = { id: `${positionId}-pemangku-1`, nama, nip, pendidikan, golongan, predikatKinerja: 'baik', pengalamanTahun };
  return { kelasJabatan, kebutuhan: 1, pemangku: [pemangku], bezetting: null };
}

/** The positions without placements (placements.ts holds them). */
export function kotaPositions(): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const [kode, nama, kindOrJenjang, unitId, holder, options] of ROWS) {
    const isJf = JENJANG_KINDS.includes(kindOrJenjang);
    const sup = superiorKode(kode);
    const id = positionId(kode);
    out[id] = {
      id,
      kode,
      nama,
      kind: isJf ? 'fungsional' : (kindOrJenjang as PositionKind),
      jenjang: isJf ? (kindOrJenjang as Jenjang) : null,
      unitId,
      superiorId: sup === null ? null : positionId(sup),
      memimpinUnitMandiri: options?.mandiri ?? false,
      substansi: options?.substansi ?? '',
      ...holderOf(id, holder),
      placement: null,
    };
  }
  return out;
}
