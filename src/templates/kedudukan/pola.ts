// Kedudukan patterns: Perwali Banjarmasin 147/2023 Lampiran I huruf a–e and Perwali Serang 23/2023 Pasal 6
// huruf a–f. The lampiran pictures were lost in the seed text; each pattern is drawn from the sentence that
// names it, in its plainest reading, and says in its explanation what had to be read into the text. Where the
// two regulations describe the same condition, one template cites both. Jenjang follow the practice of Perbup
// Banjar 39/2024 Lampiran I (Ahli Madya under a JPT, Ahli Muda under an Administrator, Ahli Pertama and
// keterampilan under a Pengawas): neither Banjarmasin nor Serang sets jenjang, so it only makes the pictures
// realistic. Every name is invented.
import type { StructureTemplate, TemplateCitation } from './types';

const BJM = 'Perwali Banjarmasin 147/2023';
const SRG = 'Perwali Serang 23/2023';
const BJM_PROFILE = 'banjarmasin-147-2023';
const SRG_PROFILE = 'serang-23-2023';

const srgA = (angka: number, quote: string): TemplateCitation => ({
  regulation: SRG,
  point: `Pasal 6 huruf a angka ${angka}`,
  quote,
});

// ── a. Unit Organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama (Serang; Banjarmasin's huruf a is lost) ──

const LOST_BJM_A =
  'Uraian Lampiran I huruf a Perwali Banjarmasin 147/2023 (unit yang dipimpin JPT Pratama) hilang dari teksnya; ' +
  'pola ini mengikuti Perwali Serang 23/2023.';

export const polaJptPpkin: StructureTemplate = {
  id: 'kedudukan-srg-a1-jpt-ppkin',
  group: 'kedudukan',
  title: 'Unit dipimpin JPT Pratama — JPT Pratama sebagai Pejabat Penilai Kinerja',
  citations: [srgA(1, 'Pejabat Pimpinan Tinggi pratama sebagai Pejabat Penilai Kinerja')],
  explanation:
    'Kepala Dinas (JPT Pratama) membawahi langsung kelompok jabatan fungsional dan menjadi Pejabat Penilai ' +
    'Kinerjanya, di samping para Pejabat Administrator (Sekretaris dan Kepala Bidang) yang memimpin unitnya ' +
    'masing-masing. Bawahan para Administrator sengaja tidak digambarkan agar yang tampak hanya kedudukan di ' +
    'bawah JPT Pratama; bandingkan dengan pola a.2, di mana kelompok jabatan fungsional berada di bawah ' +
    `Administrator. Pasal 6 tidak menyebut jenjangnya; di sini dipakai JF Ahli Madya. ${LOST_BJM_A}`,
  profileId: SRG_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'dinas', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang', tipePd: 'dinas' },
      { key: 'sekretariat', nama: 'Sekretariat', parent: 'dinas' },
      { key: 'binamarga', nama: 'Bidang Bina Marga', parent: 'dinas' },
      { key: 'tataruang', nama: 'Bidang Penataan Ruang', parent: 'dinas' },
    ],
    positions: [
      { key: 'kadis', nama: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'jpt-pratama', unit: 'dinas' },
      { key: 'sekretaris', nama: 'Sekretaris', kind: 'administrator', unit: 'sekretariat', sup: 'kadis' },
      { key: 'kabid_bm', nama: 'Kepala Bidang Bina Marga', kind: 'administrator', unit: 'binamarga', sup: 'kadis' },
      { key: 'kabid_tr', nama: 'Kepala Bidang Penataan Ruang', kind: 'administrator', unit: 'tataruang', sup: 'kadis' },
      { key: 'jf_jalan', nama: 'Teknik Jalan dan Jembatan Ahli Madya', kind: 'ahli-madya', unit: 'dinas', sup: 'kadis' },
      { key: 'jf_ruang', nama: 'Penata Ruang Ahli Madya', kind: 'ahli-madya', unit: 'dinas', sup: 'kadis' },
      { key: 'jf_perencana', nama: 'Perencana Ahli Madya', kind: 'ahli-madya', unit: 'dinas', sup: 'kadis' },
    ],
  },
};

export const polaJptAdministratorPpkin: StructureTemplate = {
  id: 'kedudukan-srg-a2-administrator-ppkin',
  group: 'kedudukan',
  title: 'Unit dipimpin JPT Pratama — Administrator sebagai Pejabat Penilai Kinerja',
  citations: [srgA(2, 'Pejabat Pimpinan Administrator sebagai Pejabat Penilai Kinerja')],
  explanation:
    'Dalam Dinas yang dipimpin JPT Pratama, seluruh Pejabat Fungsional dan Pelaksana berkedudukan di bawah ' +
    'Sekretaris dan para Kepala Bidang (Administrator), yang menjadi Pejabat Penilai Kinerja mereka; Kepala Dinas ' +
    'hanya membawahi para Administrator. Frasa "Pejabat Pimpinan Administrator" dalam Pasal 6 huruf a angka 2 dibaca ' +
    'sebagai Pejabat Administrator. Unit-unit ini tidak memiliki Pejabat Pengawas, sehingga Pelaksana boleh langsung ' +
    `di bawah Administrator. ${LOST_BJM_A}`,
  profileId: SRG_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'dinas', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang', tipePd: 'dinas' },
      { key: 'sekretariat', nama: 'Sekretariat', parent: 'dinas' },
      { key: 'binamarga', nama: 'Bidang Bina Marga', parent: 'dinas' },
      { key: 'tataruang', nama: 'Bidang Penataan Ruang', parent: 'dinas' },
    ],
    positions: [
      { key: 'kadis', nama: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'jpt-pratama', unit: 'dinas' },
      { key: 'sekretaris', nama: 'Sekretaris', kind: 'administrator', unit: 'sekretariat', sup: 'kadis' },
      { key: 'sek_perencana', nama: 'Perencana Ahli Muda', kind: 'ahli-muda', unit: 'sekretariat', sup: 'sekretaris' },
      { key: 'sek_keuangan', nama: 'Analis Keuangan Pusat dan Daerah Ahli Pertama', kind: 'ahli-pertama', unit: 'sekretariat', sup: 'sekretaris' },
      { key: 'sek_admin', nama: 'Pengadministrasi Perkantoran', kind: 'pelaksana', unit: 'sekretariat', sup: 'sekretaris' },
      { key: 'kabid_bm', nama: 'Kepala Bidang Bina Marga', kind: 'administrator', unit: 'binamarga', sup: 'kadis' },
      { key: 'bm_muda', nama: 'Teknik Jalan dan Jembatan Ahli Muda', kind: 'ahli-muda', unit: 'binamarga', sup: 'kabid_bm' },
      { key: 'bm_pertama', nama: 'Teknik Jalan dan Jembatan Ahli Pertama', kind: 'ahli-pertama', unit: 'binamarga', sup: 'kabid_bm' },
      { key: 'bm_terampil', nama: 'Teknik Jalan dan Jembatan Terampil', kind: 'terampil', unit: 'binamarga', sup: 'kabid_bm' },
      { key: 'bm_sarpras', nama: 'Pengelola Sarana dan Prasarana', kind: 'pelaksana', unit: 'binamarga', sup: 'kabid_bm' },
      { key: 'kabid_tr', nama: 'Kepala Bidang Penataan Ruang', kind: 'administrator', unit: 'tataruang', sup: 'kadis' },
      { key: 'tr_muda', nama: 'Penata Ruang Ahli Muda', kind: 'ahli-muda', unit: 'tataruang', sup: 'kabid_tr' },
      { key: 'tr_pertama', nama: 'Penata Ruang Ahli Pertama', kind: 'ahli-pertama', unit: 'tataruang', sup: 'kabid_tr' },
      { key: 'tr_data', nama: 'Pengolah Data dan Informasi', kind: 'pelaksana', unit: 'tataruang', sup: 'kabid_tr' },
    ],
  },
};

export const polaJptTanpaAdministrator: StructureTemplate = {
  id: 'kedudukan-srg-a3-jpt-tanpa-administrator',
  group: 'kedudukan',
  title: 'Unit dipimpin JPT Pratama tanpa Pejabat Administrator',
  citations: [srgA(3, 'Pejabat Pimpinan Tinggi pratama sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Administrator')],
  explanation:
    'Unit yang dipimpin JPT Pratama tetapi tidak memiliki Pejabat Administrator: seluruh Pejabat Fungsional dan ' +
    'Pelaksana berkedudukan langsung di bawah Kepala Badan, yang menjadi Pejabat Penilai Kinerja mereka. Pasal 6 ' +
    'tidak menyebut apakah unit seperti ini masih memiliki Pejabat Pengawas; dipakai bacaan paling sederhana, yaitu ' +
    `tanpa jabatan struktural lain di bawah JPT Pratama. Nama Badan hanya contoh. ${LOST_BJM_A}`,
  profileId: SRG_PROFILE,
  expectedFindings: [],
  spec: {
    units: [{ key: 'badan', nama: 'Badan Riset dan Inovasi Daerah', tipePd: 'badan' }],
    positions: [
      { key: 'kaban', nama: 'Kepala Badan Riset dan Inovasi Daerah', kind: 'jpt-pratama', unit: 'badan' },
      { key: 'peneliti_madya', nama: 'Peneliti Ahli Madya', kind: 'ahli-madya', unit: 'badan', sup: 'kaban' },
      { key: 'perekayasa_muda', nama: 'Perekayasa Ahli Muda', kind: 'ahli-muda', unit: 'badan', sup: 'kaban' },
      { key: 'analis_muda', nama: 'Analis Kebijakan Ahli Muda', kind: 'ahli-muda', unit: 'badan', sup: 'kaban' },
      { key: 'peneliti_pertama', nama: 'Peneliti Ahli Pertama', kind: 'ahli-pertama', unit: 'badan', sup: 'kaban' },
      { key: 'prakom', nama: 'Pranata Komputer Terampil', kind: 'terampil', unit: 'badan', sup: 'kaban' },
      { key: 'admin', nama: 'Pengadministrasi Perkantoran', kind: 'pelaksana', unit: 'badan', sup: 'kaban' },
      { key: 'layanan', nama: 'Penata Layanan Operasional', kind: 'pelaksana', unit: 'badan', sup: 'kaban' },
    ],
  },
};

// ── b. Unit organisasi yang dipimpin oleh Pejabat Administrator ──

const KECAMATAN_NOTE =
  'Contohnya Kecamatan, Perangkat Daerah yang dipimpin Camat (Administrator); Sekretaris Kecamatan tidak ' +
  'digambarkan agar pola terlihat jelas.';

export const polaAdministratorPengawasPelaksana: StructureTemplate = {
  id: 'kedudukan-bjm-b1-administrator-pengawas',
  group: 'kedudukan',
  title: 'Unit dipimpin Administrator — Pengawas menilai Pelaksana',
  citations: [
    {
      regulation: BJM,
      point: 'Lampiran I huruf b angka 1',
      quote:
        'Pejabat Administrator sebagai Pejabat Penilai Kinerja bagi Pejabat Pengawas dan Kelompok Jabatan Fungsional, ' +
        'dan Pejabat Pengawas sebagai Pejabat Penilai Kinerja bagi pelaksana',
    },
    { regulation: SRG, point: 'Pasal 6 huruf b angka 1', quote: 'Pejabat Administrator sebagai Pejabat Penilai Kinerja' },
  ],
  explanation:
    'Camat (Administrator) menjadi Pejabat Penilai Kinerja bagi para Kepala Seksi (Pengawas) dan bagi kelompok ' +
    'jabatan fungsional yang berkedudukan langsung di bawahnya; Pelaksana berkedudukan di bawah Kepala Seksi. ' +
    `${KECAMATAN_NOTE} Perwali Serang Pasal 6 huruf b angka 1 hanya menyebut "Pejabat Administrator sebagai Pejabat ` +
    'Penilai Kinerja"; karena angka 2 adalah keadaan tanpa Pengawas, angka 1 dibaca sebagai keadaan dengan Pengawas, ' +
    'yaitu pola ini.',
  profileId: BJM_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'kecamatan', nama: 'Kecamatan Contoh Utara', tipePd: 'kecamatan' },
      { key: 'pem', nama: 'Seksi Pemerintahan', parent: 'kecamatan' },
      { key: 'pmks', nama: 'Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', parent: 'kecamatan' },
      { key: 'trantib', nama: 'Seksi Ketenteraman dan Ketertiban Umum', parent: 'kecamatan' },
    ],
    positions: [
      { key: 'camat', nama: 'Camat Contoh Utara', kind: 'administrator', unit: 'kecamatan' },
      { key: 'kasi_pem', nama: 'Kepala Seksi Pemerintahan', kind: 'pengawas', unit: 'pem', sup: 'camat' },
      { key: 'pem_1', nama: 'Pengadministrasi Pemerintahan', kind: 'pelaksana', unit: 'pem', sup: 'kasi_pem' },
      { key: 'pem_2', nama: 'Pengolah Data dan Informasi', kind: 'pelaksana', unit: 'pem', sup: 'kasi_pem' },
      { key: 'kasi_pmks', nama: 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', kind: 'pengawas', unit: 'pmks', sup: 'camat' },
      { key: 'pmks_1', nama: 'Pengelola Layanan Kemasyarakatan', kind: 'pelaksana', unit: 'pmks', sup: 'kasi_pmks' },
      { key: 'pmks_2', nama: 'Pengadministrasi Perkantoran', kind: 'pelaksana', unit: 'pmks', sup: 'kasi_pmks' },
      { key: 'kasi_trantib', nama: 'Kepala Seksi Ketenteraman dan Ketertiban Umum', kind: 'pengawas', unit: 'trantib', sup: 'camat' },
      { key: 'trantib_1', nama: 'Pengelola Ketenteraman dan Ketertiban Umum', kind: 'pelaksana', unit: 'trantib', sup: 'kasi_trantib' },
      { key: 'jf_analis', nama: 'Analis Kebijakan Ahli Muda', kind: 'ahli-muda', unit: 'kecamatan', sup: 'camat' },
      { key: 'jf_perencana', nama: 'Perencana Ahli Pertama', kind: 'ahli-pertama', unit: 'kecamatan', sup: 'camat' },
      { key: 'jf_prakom', nama: 'Pranata Komputer Terampil', kind: 'terampil', unit: 'kecamatan', sup: 'camat' },
    ],
  },
};

export const polaAdministratorPengawasJf: StructureTemplate = {
  id: 'kedudukan-bjm-b2-pengawas-menilai-jf',
  group: 'kedudukan',
  title: 'Unit dipimpin Administrator — Pengawas menilai JF dan Pelaksana',
  citations: [
    {
      regulation: BJM,
      point: 'Lampiran I huruf b angka 2',
      quote:
        'Pejabat Administrator sebagai Pejabat Penilai Kinerja bagi Pejabat Pengawas dan kelompok jabatan fungsional, ' +
        'dan Pejabat Pengawas sebagai Pejabat Penilai Kinerja bagi Kelompok Jabatan Fungsional dan Pelaksana',
    },
  ],
  explanation:
    'Seperti pola b.1, tetapi para Kepala Seksi (Pengawas) juga menjadi Pejabat Penilai Kinerja bagi kelompok ' +
    'jabatan fungsional di seksinya, selain bagi Pelaksana. Camat tetap membawahi langsung kelompok jabatan ' +
    'fungsional sendiri, karena angka 2 tetap menyebut Administrator sebagai Pejabat Penilai Kinerja bagi "kelompok ' +
    `jabatan fungsional". ${KECAMATAN_NOTE}`,
  profileId: BJM_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'kecamatan', nama: 'Kecamatan Contoh Utara', tipePd: 'kecamatan' },
      { key: 'pem', nama: 'Seksi Pemerintahan', parent: 'kecamatan' },
      { key: 'pmks', nama: 'Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', parent: 'kecamatan' },
    ],
    positions: [
      { key: 'camat', nama: 'Camat Contoh Utara', kind: 'administrator', unit: 'kecamatan' },
      { key: 'kasi_pem', nama: 'Kepala Seksi Pemerintahan', kind: 'pengawas', unit: 'pem', sup: 'camat' },
      { key: 'pem_jf', nama: 'Analis Kebijakan Ahli Pertama', kind: 'ahli-pertama', unit: 'pem', sup: 'kasi_pem' },
      { key: 'pem_arsip', nama: 'Arsiparis Terampil', kind: 'terampil', unit: 'pem', sup: 'kasi_pem' },
      { key: 'pem_1', nama: 'Pengadministrasi Pemerintahan', kind: 'pelaksana', unit: 'pem', sup: 'kasi_pem' },
      { key: 'kasi_pmks', nama: 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', kind: 'pengawas', unit: 'pmks', sup: 'camat' },
      { key: 'pmks_jf', nama: 'Penyuluh Sosial Ahli Pertama', kind: 'ahli-pertama', unit: 'pmks', sup: 'kasi_pmks' },
      { key: 'pmks_1', nama: 'Pengelola Layanan Kemasyarakatan', kind: 'pelaksana', unit: 'pmks', sup: 'kasi_pmks' },
      { key: 'jf_analis', nama: 'Analis Kebijakan Ahli Muda', kind: 'ahli-muda', unit: 'kecamatan', sup: 'camat' },
      { key: 'jf_perencana', nama: 'Perencana Ahli Muda', kind: 'ahli-muda', unit: 'kecamatan', sup: 'camat' },
    ],
  },
};

export const polaAdministratorTanpaPengawas: StructureTemplate = {
  id: 'kedudukan-bjm-b3-administrator-tanpa-pengawas',
  group: 'kedudukan',
  title: 'Unit dipimpin Administrator tanpa Pejabat Pengawas',
  citations: [
    { regulation: BJM, point: 'Lampiran I huruf b angka 3', quote: 'Pejabat Administrator sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Pengawas' },
    { regulation: SRG, point: 'Pasal 6 huruf b angka 2', quote: 'Pejabat Administrator sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Pengawas' },
  ],
  explanation:
    'Bidang yang dipimpin Kepala Bidang (Administrator) tanpa Pejabat Pengawas, keadaan paling umum setelah ' +
    'penyetaraan jabatan: seluruh Pejabat Fungsional dan Pelaksana berkedudukan langsung di bawah Kepala Bidang, ' +
    'yang menjadi Pejabat Penilai Kinerja mereka. Karena tidak ada Pengawas, Pelaksana sah berada langsung di bawah ' +
    'Administrator. Bidang digambarkan tanpa Kepala Dinas di atasnya; pilih Kepala Dinas lalu "Sisipkan di sini" ' +
    'untuk menempatkannya dalam sebuah Dinas.',
  profileId: BJM_PROFILE,
  expectedFindings: [],
  spec: {
    units: [{ key: 'bidang', nama: 'Bidang Aplikasi Informatika' }],
    positions: [
      { key: 'kabid', nama: 'Kepala Bidang Aplikasi Informatika', kind: 'administrator', unit: 'bidang' },
      { key: 'prakom_muda', nama: 'Pranata Komputer Ahli Muda', kind: 'ahli-muda', unit: 'bidang', sup: 'kabid' },
      { key: 'manggala', nama: 'Manggala Informatika Ahli Muda', kind: 'ahli-muda', unit: 'bidang', sup: 'kabid' },
      { key: 'prakom_pertama', nama: 'Pranata Komputer Ahli Pertama', kind: 'ahli-pertama', unit: 'bidang', sup: 'kabid' },
      { key: 'prakom_mahir', nama: 'Pranata Komputer Mahir', kind: 'mahir', unit: 'bidang', sup: 'kabid' },
      { key: 'data', nama: 'Pengelola Data', kind: 'pelaksana', unit: 'bidang', sup: 'kabid' },
      { key: 'operator', nama: 'Operator Layanan Operasional', kind: 'pelaksana', unit: 'bidang', sup: 'kabid' },
    ],
  },
};

// ── c. Pengawas, d. Pejabat Fungsional ──

export const polaPengawas: StructureTemplate = {
  id: 'kedudukan-bjm-c-pengawas',
  group: 'kedudukan',
  title: 'Unit dipimpin Pejabat Pengawas',
  citations: [
    { regulation: BJM, point: 'Lampiran I huruf c', quote: 'Unit organisasi yang dipimpin oleh Pejabat Pengawas' },
    { regulation: SRG, point: 'Pasal 6 huruf c', quote: 'Unit Organisasi yang dipimpin oleh Pejabat Pengawas' },
  ],
  explanation:
    'Unit Pelaksana Teknis yang dipimpin Kepala UPT (Pengawas): Pejabat Fungsional dan Pelaksana berkedudukan ' +
    'langsung di bawahnya, dan Kepala UPT menjadi Pejabat Penilai Kinerja mereka (Pejabat Penilai Kinerja paling ' +
    'rendah Pengawas). Kedua peraturan hanya menyebut judul huruf c tanpa uraian; pola ini memakai bacaan paling ' +
    'sederhana, satu Pengawas dengan kelompok jabatan fungsional dan Pelaksana. UPT digambarkan tanpa Dinas induknya.',
  profileId: BJM_PROFILE,
  expectedFindings: [],
  spec: {
    units: [{ key: 'upt', nama: 'UPT Pengujian Kendaraan Bermotor' }],
    positions: [
      { key: 'kaupt', nama: 'Kepala UPT Pengujian Kendaraan Bermotor', kind: 'pengawas', unit: 'upt' },
      { key: 'penguji_penyelia', nama: 'Penguji Kendaraan Bermotor Penyelia', kind: 'penyelia', unit: 'upt', sup: 'kaupt' },
      { key: 'penguji_mahir', nama: 'Penguji Kendaraan Bermotor Mahir', kind: 'mahir', unit: 'upt', sup: 'kaupt' },
      { key: 'penguji_terampil_1', nama: 'Penguji Kendaraan Bermotor Terampil', kind: 'terampil', unit: 'upt', sup: 'kaupt' },
      { key: 'penguji_terampil_2', nama: 'Penguji Kendaraan Bermotor Terampil', kind: 'terampil', unit: 'upt', sup: 'kaupt' },
      { key: 'admin', nama: 'Pengadministrasi Perkantoran', kind: 'pelaksana', unit: 'upt', sup: 'kaupt' },
      { key: 'operator', nama: 'Operator Layanan Operasional', kind: 'pelaksana', unit: 'upt', sup: 'kaupt' },
    ],
  },
};

export const polaFungsional: StructureTemplate = {
  id: 'kedudukan-bjm-d-fungsional',
  group: 'kedudukan',
  title: 'Unit dipimpin Pejabat Fungsional (unit kerja mandiri)',
  citations: [
    { regulation: BJM, point: 'Lampiran I huruf d', quote: 'Unit organisasi yang dipimpin oleh Pejabat Fungsional' },
    {
      regulation: BJM,
      point: 'Pasal 8 ayat (3)',
      quote:
        'Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri berdasarkan ketentuan peraturan ' +
        'perundang-undangan, Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan Pelaksana',
    },
    { regulation: SRG, point: 'Pasal 6 huruf d', quote: 'Unit Organisasi yang dipimpin oleh Pejabat Fungsional' },
  ],
  explanation:
    'UPT Puskesmas yang dipimpin seorang Pejabat Fungsional (Dokter Ahli Muda) yang diangkat memimpin unit kerja ' +
    'mandiri: ia membawahi Pejabat Fungsional dan Pelaksana di puskesmas itu dan menjadi Pejabat Penilai Kinerja ' +
    'mereka. Kotak pimpinan ditandai "memimpin unit kerja mandiri"; tanpa tanda itu, Pejabat Fungsional tidak boleh ' +
    'membawahi jabatan lain (KED-02). Lampiran hanya menyebut judul huruf d; uraiannya diambil dari Pasal 8 ayat (3).',
  profileId: BJM_PROFILE,
  expectedFindings: [],
  spec: {
    units: [{ key: 'puskesmas', nama: 'UPT Puskesmas Contoh' }],
    positions: [
      { key: 'kapus', nama: 'Kepala UPT Puskesmas (Dokter Ahli Muda)', kind: 'ahli-muda', unit: 'puskesmas', mandiri: true },
      { key: 'dokter', nama: 'Dokter Ahli Pertama', kind: 'ahli-pertama', unit: 'puskesmas', sup: 'kapus' },
      { key: 'drg', nama: 'Dokter Gigi Ahli Pertama', kind: 'ahli-pertama', unit: 'puskesmas', sup: 'kapus' },
      { key: 'apoteker', nama: 'Apoteker Ahli Pertama', kind: 'ahli-pertama', unit: 'puskesmas', sup: 'kapus' },
      { key: 'perawat', nama: 'Perawat Terampil', kind: 'terampil', unit: 'puskesmas', sup: 'kapus' },
      { key: 'bidan', nama: 'Bidan Terampil', kind: 'terampil', unit: 'puskesmas', sup: 'kapus' },
      { key: 'admin', nama: 'Pengadministrasi Perkantoran', kind: 'pelaksana', unit: 'puskesmas', sup: 'kapus' },
    ],
  },
};

// ── Serang e. Unit Organisasi yang masih memiliki lebih dari dua level struktur ──

export const polaLebihDariDuaLevel: StructureTemplate = {
  id: 'kedudukan-srg-e-lebih-dari-dua-level',
  group: 'kedudukan',
  title: 'Unit Organisasi dengan lebih dari dua level struktur',
  citations: [
    { regulation: SRG, point: 'Pasal 6 huruf e', quote: 'Unit Organisasi yang masih memiliki lebih dari dua level struktur' },
    {
      regulation: SRG,
      point: 'Lampiran (Mekanisme Kerja)',
      quote:
        'Pengecualian ini dilakukan pada Unit Organisasi dengan kriteria sebagaimana diatur dalam Peraturan Menteri ' +
        'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2021',
    },
  ],
  explanation:
    'Dinas yang masih memiliki jabatan struktural level ketiga pada unit yang dikecualikan: Kepala Sub Bagian di ' +
    'Sekretariat dan Kepala UPT di bawah Kepala Bidang. Kedua unit itu ditandai pengecualian (kriteria PermenPANRB ' +
    '25/2021 dan daftar Kemendagri: Kasubbag pada sekretariat, UPT). Pelaksana berada di bawah Pengawas, bukan ' +
    'langsung di bawah Administrator yang memiliki Pengawas. Hapus tanda pengecualian pada salah satu unit untuk ' +
    'melihat temuan KED-07. Pasal 6 hanya menyebut judulnya; contoh unit yang dikecualikan dipilih di sini.',
  profileId: SRG_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'dinas', nama: 'Dinas Lingkungan Hidup', tipePd: 'dinas' },
      { key: 'sekretariat', nama: 'Sekretariat', parent: 'dinas' },
      { key: 'subbag', nama: 'Subbagian Umum dan Kepegawaian', parent: 'sekretariat', pengecualian: true },
      { key: 'sampah', nama: 'Bidang Pengelolaan Sampah', parent: 'dinas' },
      { key: 'upt', nama: 'UPT Tempat Pemrosesan Akhir Sampah', parent: 'sampah', pengecualian: true },
    ],
    positions: [
      { key: 'kadis', nama: 'Kepala Dinas Lingkungan Hidup', kind: 'jpt-pratama', unit: 'dinas' },
      { key: 'sekretaris', nama: 'Sekretaris', kind: 'administrator', unit: 'sekretariat', sup: 'kadis' },
      { key: 'kasubbag', nama: 'Kepala Subbagian Umum dan Kepegawaian', kind: 'pengawas', unit: 'subbag', sup: 'sekretaris' },
      { key: 'subbag_1', nama: 'Pengadministrasi Perkantoran', kind: 'pelaksana', unit: 'subbag', sup: 'kasubbag' },
      { key: 'subbag_2', nama: 'Pengelola Layanan Operasional', kind: 'pelaksana', unit: 'subbag', sup: 'kasubbag' },
      { key: 'sek_perencana', nama: 'Perencana Ahli Muda', kind: 'ahli-muda', unit: 'sekretariat', sup: 'sekretaris' },
      { key: 'kabid', nama: 'Kepala Bidang Pengelolaan Sampah', kind: 'administrator', unit: 'sampah', sup: 'kadis' },
      { key: 'kaupt', nama: 'Kepala UPT Tempat Pemrosesan Akhir Sampah', kind: 'pengawas', unit: 'upt', sup: 'kabid' },
      { key: 'upt_1', nama: 'Pengelola Sarana dan Prasarana', kind: 'pelaksana', unit: 'upt', sup: 'kaupt' },
      { key: 'upt_2', nama: 'Operator Layanan Operasional', kind: 'pelaksana', unit: 'upt', sup: 'kaupt' },
      { key: 'bid_muda', nama: 'Pengendali Dampak Lingkungan Ahli Muda', kind: 'ahli-muda', unit: 'sampah', sup: 'kabid' },
      { key: 'bid_pertama', nama: 'Pengendali Dampak Lingkungan Ahli Pertama', kind: 'ahli-pertama', unit: 'sampah', sup: 'kabid' },
      { key: 'jf_madya', nama: 'Pengendali Dampak Lingkungan Ahli Madya', kind: 'ahli-madya', unit: 'dinas', sup: 'kadis' },
    ],
  },
};

// ── Sekretariat Daerah: Banjarmasin huruf e, Serang huruf f angka 1–3 ──

const SETDA_NOTE =
  'Sekretaris Daerah kota dan para Asisten adalah JPT Pratama. Bagian ditandai pengecualian karena Kepala Bagian ' +
  'berada pada level ketiga Sekretariat Daerah (Sekretaris Daerah, Asisten, Kepala Bagian), susunan yang ' +
  'digambarkan sendiri oleh peraturan.';

export const polaSetdaBanjarmasin: StructureTemplate = {
  id: 'kedudukan-bjm-e-sekretariat-daerah',
  group: 'kedudukan',
  title: 'Sekretariat Daerah (Banjarmasin)',
  citations: [
    {
      regulation: BJM,
      point: 'Lampiran I huruf e',
      quote:
        'Sekretaris Daerah sebagai Pejabat Penilai Kinerja bagi Pejabat Pimpinan Tinggi Pratama dan Kelompok Jabatan ' +
        'Fungsional, Pejabat Administrator sebagai Pejabat Penilai Kinerja bagi Pejabat Pengawas dan Kelompok Jabatan ' +
        'Fungsional, dan Pejabat Pengawas sebagai Pejabat Penilai Kinerja bagi Pelaksana',
    },
  ],
  explanation:
    'Sekretaris Daerah menilai para Asisten (JPT Pratama) dan kelompok jabatan fungsional di bawahnya; Kepala Bagian ' +
    '(Administrator) menilai Kepala Sub Bagian (Pengawas) dan kelompok jabatan fungsional bagiannya; Kepala Sub ' +
    'Bagian menilai Pelaksana. Kalimat huruf e tidak menyebut Asisten sebagai Pejabat Penilai Kinerja bagi Pejabat ' +
    `Fungsional, sehingga tidak ada kelompok jabatan fungsional langsung di bawah Asisten. ${SETDA_NOTE}`,
  profileId: BJM_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'setda', nama: 'Sekretariat Daerah', tipePd: 'setda' },
      { key: 'as1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', parent: 'setda' },
      { key: 'as3', nama: 'Asisten Administrasi Umum', parent: 'setda' },
      { key: 'hukum', nama: 'Bagian Hukum', parent: 'as1', pengecualian: true },
      { key: 'bankum', nama: 'Subbagian Bantuan Hukum', parent: 'hukum' },
      { key: 'umum', nama: 'Bagian Umum', parent: 'as3', pengecualian: true },
      { key: 'tu', nama: 'Subbagian Tata Usaha Pimpinan', parent: 'umum' },
    ],
    positions: [
      { key: 'sekda', nama: 'Sekretaris Daerah', kind: 'jpt-pratama', unit: 'setda' },
      { key: 'asisten1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', kind: 'jpt-pratama', unit: 'as1', sup: 'sekda' },
      { key: 'kabag_hukum', nama: 'Kepala Bagian Hukum', kind: 'administrator', unit: 'hukum', sup: 'asisten1' },
      { key: 'kasubbag_bankum', nama: 'Kepala Subbagian Bantuan Hukum', kind: 'pengawas', unit: 'bankum', sup: 'kabag_hukum' },
      { key: 'bankum_1', nama: 'Pengadministrasi Hukum', kind: 'pelaksana', unit: 'bankum', sup: 'kasubbag_bankum' },
      { key: 'hukum_perancang', nama: 'Perancang Peraturan Perundang-undangan Ahli Muda', kind: 'ahli-muda', unit: 'hukum', sup: 'kabag_hukum' },
      { key: 'hukum_analis', nama: 'Analis Hukum Ahli Pertama', kind: 'ahli-pertama', unit: 'hukum', sup: 'kabag_hukum' },
      { key: 'asisten3', nama: 'Asisten Administrasi Umum', kind: 'jpt-pratama', unit: 'as3', sup: 'sekda' },
      { key: 'kabag_umum', nama: 'Kepala Bagian Umum', kind: 'administrator', unit: 'umum', sup: 'asisten3' },
      { key: 'kasubbag_tu', nama: 'Kepala Subbagian Tata Usaha Pimpinan', kind: 'pengawas', unit: 'tu', sup: 'kabag_umum' },
      { key: 'tu_1', nama: 'Pengadministrasi Perkantoran', kind: 'pelaksana', unit: 'tu', sup: 'kasubbag_tu' },
      { key: 'tu_2', nama: 'Pengelola Layanan Operasional', kind: 'pelaksana', unit: 'tu', sup: 'kasubbag_tu' },
      { key: 'umum_arsiparis', nama: 'Arsiparis Ahli Muda', kind: 'ahli-muda', unit: 'umum', sup: 'kabag_umum' },
      { key: 'umum_pranata', nama: 'Pranata Hubungan Masyarakat Ahli Pertama', kind: 'ahli-pertama', unit: 'umum', sup: 'kabag_umum' },
      { key: 'jf_analis', nama: 'Analis Kebijakan Ahli Madya', kind: 'ahli-madya', unit: 'setda', sup: 'sekda' },
      { key: 'jf_perancang', nama: 'Perancang Peraturan Perundang-undangan Ahli Madya', kind: 'ahli-madya', unit: 'setda', sup: 'sekda' },
    ],
  },
};

const srgF = (angka: number, quote: string): TemplateCitation => ({ regulation: SRG, point: `Pasal 6 huruf f angka ${angka}`, quote });

export const polaSetdaSekda: StructureTemplate = {
  id: 'kedudukan-srg-f1-sekda-ppkin',
  group: 'kedudukan',
  title: 'Sekretariat Daerah — Sekretaris Daerah sebagai Pejabat Penilai Kinerja',
  citations: [srgF(1, 'Sekretaris Daerah sebagai Pejabat Penilai Kinerja')],
  explanation:
    'Kelompok jabatan fungsional berkedudukan langsung di bawah Sekretaris Daerah, yang menjadi Pejabat Penilai ' +
    'Kinerjanya; para Asisten digambarkan tanpa bawahan agar yang tampak hanya kedudukan di bawah Sekretaris Daerah. ' +
    'Pasal 6 huruf f hanya menyebut siapa Pejabat Penilai Kinerja; dibaca bahwa Pejabat Fungsional dan Pelaksana ' +
    '(pokok Pasal 6) berkedudukan langsung di bawah pejabat itu. Sekretaris Daerah kota dan para Asisten adalah JPT ' +
    'Pratama.',
  profileId: SRG_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'setda', nama: 'Sekretariat Daerah', tipePd: 'setda' },
      { key: 'as1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', parent: 'setda' },
      { key: 'as2', nama: 'Asisten Perekonomian dan Pembangunan', parent: 'setda' },
      { key: 'as3', nama: 'Asisten Administrasi Umum', parent: 'setda' },
    ],
    positions: [
      { key: 'sekda', nama: 'Sekretaris Daerah', kind: 'jpt-pratama', unit: 'setda' },
      { key: 'asisten1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', kind: 'jpt-pratama', unit: 'as1', sup: 'sekda' },
      { key: 'asisten2', nama: 'Asisten Perekonomian dan Pembangunan', kind: 'jpt-pratama', unit: 'as2', sup: 'sekda' },
      { key: 'asisten3', nama: 'Asisten Administrasi Umum', kind: 'jpt-pratama', unit: 'as3', sup: 'sekda' },
      { key: 'jf_analis', nama: 'Analis Kebijakan Ahli Madya', kind: 'ahli-madya', unit: 'setda', sup: 'sekda' },
      { key: 'jf_perancang', nama: 'Perancang Peraturan Perundang-undangan Ahli Madya', kind: 'ahli-madya', unit: 'setda', sup: 'sekda' },
      { key: 'jf_perencana', nama: 'Perencana Ahli Madya', kind: 'ahli-madya', unit: 'setda', sup: 'sekda' },
    ],
  },
};

export const polaSetdaAsisten: StructureTemplate = {
  id: 'kedudukan-srg-f2-asisten-ppkin',
  group: 'kedudukan',
  title: 'Sekretariat Daerah — Asisten Daerah sebagai Pejabat Penilai Kinerja',
  citations: [srgF(2, 'Asisten Daerah sebagai Pejabat Penilai Kinerja')],
  explanation:
    'Kelompok jabatan fungsional berkedudukan langsung di bawah Asisten Perekonomian dan Pembangunan, yang menjadi ' +
    'Pejabat Penilai Kinerjanya, di samping para Kepala Bagian yang dipimpin Asisten itu (digambarkan tanpa ' +
    'bawahan). Seperti huruf f angka 1, kalimat Pasal 6 dibaca bahwa Pejabat Fungsional berkedudukan langsung di ' +
    `bawah pejabat yang disebut. ${SETDA_NOTE}`,
  profileId: SRG_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'setda', nama: 'Sekretariat Daerah', tipePd: 'setda' },
      { key: 'as2', nama: 'Asisten Perekonomian dan Pembangunan', parent: 'setda' },
      { key: 'ekonomi', nama: 'Bagian Perekonomian dan Sumber Daya Alam', parent: 'as2', pengecualian: true },
      { key: 'pbj', nama: 'Bagian Pengadaan Barang dan Jasa', parent: 'as2', pengecualian: true },
    ],
    positions: [
      { key: 'sekda', nama: 'Sekretaris Daerah', kind: 'jpt-pratama', unit: 'setda' },
      { key: 'asisten2', nama: 'Asisten Perekonomian dan Pembangunan', kind: 'jpt-pratama', unit: 'as2', sup: 'sekda' },
      { key: 'kabag_ekonomi', nama: 'Kepala Bagian Perekonomian dan Sumber Daya Alam', kind: 'administrator', unit: 'ekonomi', sup: 'asisten2' },
      { key: 'kabag_pbj', nama: 'Kepala Bagian Pengadaan Barang dan Jasa', kind: 'administrator', unit: 'pbj', sup: 'asisten2' },
      { key: 'jf_ekonom', nama: 'Analis Kebijakan Ahli Madya', kind: 'ahli-madya', unit: 'as2', sup: 'asisten2' },
      { key: 'jf_pbj', nama: 'Pengelola Pengadaan Barang/Jasa Ahli Madya', kind: 'ahli-madya', unit: 'as2', sup: 'asisten2' },
      { key: 'jf_perencana', nama: 'Perencana Ahli Madya', kind: 'ahli-madya', unit: 'as2', sup: 'asisten2' },
    ],
  },
};

export const polaSetdaKabag: StructureTemplate = {
  id: 'kedudukan-srg-f3-kabag-ppkin',
  group: 'kedudukan',
  title: 'Sekretariat Daerah — Kepala Bagian sebagai Pejabat Penilai Kinerja',
  citations: [srgF(3, 'Kepala Bagian sebagai Pejabat Penilai Kinerja')],
  explanation:
    'Pejabat Fungsional dan Pelaksana berkedudukan langsung di bawah Kepala Bagian (Administrator), yang menjadi ' +
    'Pejabat Penilai Kinerja mereka. Bagian-bagian ini tidak lagi memiliki Kepala Sub Bagian, sehingga Pelaksana ' +
    `sah berada langsung di bawah Kepala Bagian. ${SETDA_NOTE}`,
  profileId: SRG_PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'setda', nama: 'Sekretariat Daerah', tipePd: 'setda' },
      { key: 'as1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', parent: 'setda' },
      { key: 'pem', nama: 'Bagian Pemerintahan', parent: 'as1', pengecualian: true },
      { key: 'hukum', nama: 'Bagian Hukum', parent: 'as1', pengecualian: true },
    ],
    positions: [
      { key: 'sekda', nama: 'Sekretaris Daerah', kind: 'jpt-pratama', unit: 'setda' },
      { key: 'asisten1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', kind: 'jpt-pratama', unit: 'as1', sup: 'sekda' },
      { key: 'kabag_pem', nama: 'Kepala Bagian Pemerintahan', kind: 'administrator', unit: 'pem', sup: 'asisten1' },
      { key: 'pem_analis', nama: 'Analis Kebijakan Ahli Muda', kind: 'ahli-muda', unit: 'pem', sup: 'kabag_pem' },
      { key: 'pem_pertama', nama: 'Analis Kebijakan Ahli Pertama', kind: 'ahli-pertama', unit: 'pem', sup: 'kabag_pem' },
      { key: 'pem_1', nama: 'Pengadministrasi Pemerintahan', kind: 'pelaksana', unit: 'pem', sup: 'kabag_pem' },
      { key: 'kabag_hukum', nama: 'Kepala Bagian Hukum', kind: 'administrator', unit: 'hukum', sup: 'asisten1' },
      { key: 'hukum_perancang', nama: 'Perancang Peraturan Perundang-undangan Ahli Muda', kind: 'ahli-muda', unit: 'hukum', sup: 'kabag_hukum' },
      { key: 'hukum_analis', nama: 'Analis Hukum Ahli Pertama', kind: 'ahli-pertama', unit: 'hukum', sup: 'kabag_hukum' },
      { key: 'hukum_1', nama: 'Pengadministrasi Hukum', kind: 'pelaksana', unit: 'hukum', sup: 'kabag_hukum' },
    ],
  },
};

export const KEDUDUKAN_TEMPLATES: readonly StructureTemplate[] = [
  polaJptPpkin,
  polaJptAdministratorPpkin,
  polaJptTanpaAdministrator,
  polaAdministratorPengawasPelaksana,
  polaAdministratorPengawasJf,
  polaAdministratorTanpaPengawas,
  polaPengawas,
  polaFungsional,
  polaLebihDariDuaLevel,
  polaSetdaBanjarmasin,
  polaSetdaSekda,
  polaSetdaAsisten,
  polaSetdaKabag,
];
