// Penugasan structures 1–6 of Perwali Banjarmasin 147/2023 Lampiran II huruf a. Each names who is the Pejabat
// Penilai Kinerja (PPKin) and who the Pimpinan Unit Organisasi (PUO) of the team's work; the pictures are lost, so
// each structure is drawn as the plainest reading of its sentence: the team members' kedudukan line goes to the
// PPKin, the team works for the unit the PUO leads (its pemilik kinerja), and the team names both. Members sit in
// the PUO's unit even where their kedudukan goes to an official above it, which keeps the team "dalam satu Unit
// Organisasi" (Pasal 11 ayat (2)). Every name is invented.
import type { StructureTemplate } from './types';

const BJM = 'Perwali Banjarmasin 147/2023';
const PROFILE = 'banjarmasin-147-2023';
const point = (angka: number) => `Lampiran II huruf a angka ${angka}`;
const PASAL_12 =
  'Tim Kerja ditetapkan dengan Surat Tugas oleh Pimpinan Unit Organisasi (Pasal 12 ayat (4): "ditetapkan oleh ' +
  'Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi").';

export const penugasanDuaLevelLevelI: StructureTemplate = {
  id: 'penugasan-bjm-1-dua-level-ppkin-level-1',
  group: 'penugasan',
  title: 'Struktur penugasan 1 — dua level, PPKin level I, PUO level II',
  citations: [
    {
      regulation: BJM,
      point: point(1),
      quote:
        'Struktur penugasan pada unit organisasi dengan dua level struktur, dengan Pejabat level I sebagai Pejabat ' +
        'Penilai Kinerja dan Pejabat level II sebagai Pimpinan Unit Organisasi',
    },
  ],
  explanation:
    'Kepala Dinas (level I) menjadi Pejabat Penilai Kinerja bagi Pejabat Fungsional yang bekerja dalam Tim Kerja ' +
    'Bidang Aplikasi Informatika, sedangkan Kepala Bidang (level II) memimpin unit pemilik kinerja tim itu. Karena ' +
    'gambarnya hilang, kalimat ini dibaca bahwa kedudukan para anggota tim (garis ke atasan langsung) menuju Kepala ' +
    'Dinas, sementara mereka ditempatkan di unit Bidang dan bekerja untuk target kinerja Bidang. ' +
    PASAL_12,
  profileId: PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'dinas', nama: 'Dinas Komunikasi dan Informatika', tipePd: 'dinas' },
      { key: 'aptika', nama: 'Bidang Aplikasi Informatika', parent: 'dinas' },
    ],
    positions: [
      { key: 'kadis', nama: 'Kepala Dinas Komunikasi dan Informatika', kind: 'jpt-pratama', unit: 'dinas' },
      { key: 'kabid', nama: 'Kepala Bidang Aplikasi Informatika', kind: 'administrator', unit: 'aptika', sup: 'kadis' },
      { key: 'prakom_madya', nama: 'Pranata Komputer Ahli Madya', kind: 'ahli-madya', unit: 'aptika', sup: 'kadis' },
      { key: 'prakom_muda', nama: 'Pranata Komputer Ahli Muda', kind: 'ahli-muda', unit: 'aptika', sup: 'kadis' },
      { key: 'manggala_muda', nama: 'Manggala Informatika Ahli Muda', kind: 'ahli-muda', unit: 'aptika', sup: 'kadis' },
      { key: 'prakom_pertama', nama: 'Pranata Komputer Ahli Pertama', kind: 'ahli-pertama', unit: 'aptika', sup: 'kadis' },
    ],
    teams: [
      {
        key: 'aplikasi',
        nama: 'Tim Kerja Pengembangan Aplikasi Layanan Publik',
        targetKinerja: 'Aplikasi layanan publik terintegrasi beroperasi',
        owner: 'aptika',
        pimpinanUnit: 'kabid',
        penilaiKinerja: 'kadis',
        ketua: 'prakom_madya',
        anggota: ['prakom_muda', 'manggala_muda', 'prakom_pertama'],
      },
    ],
  },
};

export const penugasanDuaLevelLevelII: StructureTemplate = {
  id: 'penugasan-bjm-2-dua-level-ppkin-level-2',
  group: 'penugasan',
  title: 'Struktur penugasan 2 — dua level, level II sebagai PPKin dan PUO',
  citations: [
    {
      regulation: BJM,
      point: point(2),
      quote:
        'Struktur penugasan pada unit organisasi dengan dua level struktur, dengan Pejabat Level II sebagai Pejabat ' +
        'Penilai Kinerja sekaligus sebagai Pimpinan Unit Organisasi',
    },
  ],
  explanation:
    'Kepala Bidang (level II) sekaligus menjadi Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bagi Tim Kerja ' +
    'yang anggotanya berkedudukan langsung di bawahnya; Kepala Dinas (level I) hanya membawahi Kepala Bidang. ' +
    PASAL_12,
  profileId: PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'dinas', nama: 'Dinas Komunikasi dan Informatika', tipePd: 'dinas' },
      { key: 'ikp', nama: 'Bidang Informasi dan Komunikasi Publik', parent: 'dinas' },
    ],
    positions: [
      { key: 'kadis', nama: 'Kepala Dinas Komunikasi dan Informatika', kind: 'jpt-pratama', unit: 'dinas' },
      { key: 'kabid', nama: 'Kepala Bidang Informasi dan Komunikasi Publik', kind: 'administrator', unit: 'ikp', sup: 'kadis' },
      { key: 'humas_muda', nama: 'Pranata Humas Ahli Muda', kind: 'ahli-muda', unit: 'ikp', sup: 'kabid' },
      { key: 'humas_pertama', nama: 'Pranata Humas Ahli Pertama', kind: 'ahli-pertama', unit: 'ikp', sup: 'kabid' },
      { key: 'humas_terampil', nama: 'Pranata Humas Terampil', kind: 'terampil', unit: 'ikp', sup: 'kabid' },
      { key: 'data', nama: 'Pengelola Data', kind: 'pelaksana', unit: 'ikp', sup: 'kabid' },
    ],
    teams: [
      {
        key: 'publikasi',
        nama: 'Tim Kerja Publikasi Program Pemerintah Kota',
        targetKinerja: 'Informasi program prioritas tersampaikan kepada masyarakat',
        owner: 'ikp',
        pimpinanUnit: 'kabid',
        penilaiKinerja: 'kabid',
        ketua: 'humas_muda',
        anggota: ['humas_pertama', 'humas_terampil', 'data'],
      },
    ],
  },
};

export const penugasanSatuLevel: StructureTemplate = {
  id: 'penugasan-bjm-3-satu-level',
  group: 'penugasan',
  title: 'Struktur penugasan 3 — satu level struktur',
  citations: [{ regulation: BJM, point: point(3), quote: 'Struktur penugasan pada unit organisasi dengan satu level struktur' }],
  explanation:
    'Unit dengan satu level struktur: Kepala Badan adalah satu-satunya pejabat struktural, sehingga ia sekaligus ' +
    'Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bagi Tim Kerja yang anggotanya berkedudukan langsung di ' +
    'bawahnya. Kalimat angka 3 tidak menyebut siapa yang menilai dan memimpin; dibaca bahwa satu-satunya pejabat ' +
    `struktural memegang kedua peran. ${PASAL_12}`,
  profileId: PROFILE,
  expectedFindings: [],
  spec: {
    units: [{ key: 'badan', nama: 'Badan Riset dan Inovasi Daerah', tipePd: 'badan' }],
    positions: [
      { key: 'kaban', nama: 'Kepala Badan Riset dan Inovasi Daerah', kind: 'jpt-pratama', unit: 'badan' },
      { key: 'peneliti_madya', nama: 'Peneliti Ahli Madya', kind: 'ahli-madya', unit: 'badan', sup: 'kaban' },
      { key: 'perekayasa_muda', nama: 'Perekayasa Ahli Muda', kind: 'ahli-muda', unit: 'badan', sup: 'kaban' },
      { key: 'peneliti_pertama', nama: 'Peneliti Ahli Pertama', kind: 'ahli-pertama', unit: 'badan', sup: 'kaban' },
      { key: 'data', nama: 'Pengolah Data dan Informasi', kind: 'pelaksana', unit: 'badan', sup: 'kaban' },
    ],
    teams: [
      {
        key: 'inovasi',
        nama: 'Tim Kerja Kajian Inovasi Daerah',
        targetKinerja: 'Kajian inovasi daerah tersusun dan direkomendasikan',
        owner: 'badan',
        pimpinanUnit: 'kaban',
        penilaiKinerja: 'kaban',
        ketua: 'peneliti_madya',
        anggota: ['perekayasa_muda', 'peneliti_pertama', 'data'],
      },
    ],
  },
};

const SETDA_LEVELS =
  'Sekretaris Daerah kota dan para Asisten adalah JPT Pratama; Bagian ditandai pengecualian karena Kepala Bagian ' +
  'berada pada level ketiga Sekretariat Daerah.';

export const penugasanSetdaSekda: StructureTemplate = {
  id: 'penugasan-bjm-4-setda-sekda-asisten',
  group: 'penugasan',
  title: 'Struktur penugasan 4 — Setda, Sekda PPKin, Asisten PUO',
  citations: [
    {
      regulation: BJM,
      point: point(4),
      quote:
        'Struktur penugasan pada sekretariat daerah, dengan Sekretaris Daerah sebagai Pejabat Penilai Kinerja dan ' +
        'Asisten Daerah sebagai Pimpinan Unit Organisasi',
    },
  ],
  explanation:
    'Para Pejabat Fungsional berkedudukan langsung di bawah Sekretaris Daerah, yang menjadi Pejabat Penilai ' +
    'Kinerjanya (sejalan dengan Lampiran I huruf e), tetapi bekerja dalam Tim Kerja untuk target kinerja Asisten ' +
    'Perekonomian dan Pembangunan, yang menjadi Pimpinan Unit Organisasi. Mereka ditempatkan di unit Asisten itu. ' +
    PASAL_12,
  profileId: PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'setda', nama: 'Sekretariat Daerah', tipePd: 'setda' },
      { key: 'as2', nama: 'Asisten Perekonomian dan Pembangunan', parent: 'setda' },
    ],
    positions: [
      { key: 'sekda', nama: 'Sekretaris Daerah', kind: 'jpt-pratama', unit: 'setda' },
      { key: 'asisten2', nama: 'Asisten Perekonomian dan Pembangunan', kind: 'jpt-pratama', unit: 'as2', sup: 'sekda' },
      { key: 'analis_madya', nama: 'Analis Kebijakan Ahli Madya', kind: 'ahli-madya', unit: 'as2', sup: 'sekda' },
      { key: 'perencana_madya', nama: 'Perencana Ahli Madya', kind: 'ahli-madya', unit: 'as2', sup: 'sekda' },
      { key: 'analis_muda', nama: 'Analis Kebijakan Ahli Muda', kind: 'ahli-muda', unit: 'as2', sup: 'sekda' },
    ],
    teams: [
      {
        key: 'investasi',
        nama: 'Tim Kerja Percepatan Pembangunan Ekonomi Daerah',
        targetKinerja: 'Rekomendasi kebijakan percepatan pembangunan ekonomi daerah',
        owner: 'as2',
        pimpinanUnit: 'asisten2',
        penilaiKinerja: 'sekda',
        ketua: 'analis_madya',
        anggota: ['perencana_madya', 'analis_muda'],
      },
    ],
  },
};

export const penugasanSetdaAsisten: StructureTemplate = {
  id: 'penugasan-bjm-5-setda-asisten-kabag',
  group: 'penugasan',
  title: 'Struktur penugasan 5 — Setda, Asisten PPKin, Kepala Bagian PUO',
  citations: [
    {
      regulation: BJM,
      point: point(5),
      quote:
        'Struktur penugasan pada sekretariat daerah, dengan Asisten Daerah sebagai Pejabat Penilai Kinerja dan Kepala ' +
        'Bagian sebagai Pimpinan Unit Organisasi',
    },
  ],
  explanation:
    'Para Pejabat Fungsional berkedudukan langsung di bawah Asisten, yang menjadi Pejabat Penilai Kinerjanya, dan ' +
    'bekerja dalam Tim Kerja untuk target kinerja Bagian Perekonomian yang dipimpin Kepala Bagian (Pimpinan Unit ' +
    `Organisasi). Mereka ditempatkan di unit Bagian itu. ${SETDA_LEVELS} ${PASAL_12}`,
  profileId: PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'setda', nama: 'Sekretariat Daerah', tipePd: 'setda' },
      { key: 'as2', nama: 'Asisten Perekonomian dan Pembangunan', parent: 'setda' },
      { key: 'ekonomi', nama: 'Bagian Perekonomian dan Sumber Daya Alam', parent: 'as2', pengecualian: true },
    ],
    positions: [
      { key: 'sekda', nama: 'Sekretaris Daerah', kind: 'jpt-pratama', unit: 'setda' },
      { key: 'asisten2', nama: 'Asisten Perekonomian dan Pembangunan', kind: 'jpt-pratama', unit: 'as2', sup: 'sekda' },
      { key: 'kabag', nama: 'Kepala Bagian Perekonomian dan Sumber Daya Alam', kind: 'administrator', unit: 'ekonomi', sup: 'asisten2' },
      { key: 'analis_madya', nama: 'Analis Kebijakan Ahli Madya', kind: 'ahli-madya', unit: 'ekonomi', sup: 'asisten2' },
      { key: 'analis_muda', nama: 'Analis Kebijakan Ahli Muda', kind: 'ahli-muda', unit: 'ekonomi', sup: 'asisten2' },
      { key: 'perencana_pertama', nama: 'Perencana Ahli Pertama', kind: 'ahli-pertama', unit: 'ekonomi', sup: 'asisten2' },
    ],
    teams: [
      {
        key: 'bumd',
        nama: 'Tim Kerja Pembinaan Badan Usaha Milik Daerah',
        targetKinerja: 'Evaluasi kinerja BUMD tersusun',
        owner: 'ekonomi',
        pimpinanUnit: 'kabag',
        penilaiKinerja: 'asisten2',
        ketua: 'analis_madya',
        anggota: ['analis_muda', 'perencana_pertama'],
      },
    ],
  },
};

export const penugasanSetdaKabag: StructureTemplate = {
  id: 'penugasan-bjm-6-setda-kabag',
  group: 'penugasan',
  title: 'Struktur penugasan 6 — Setda, Kepala Bagian sebagai PPKin dan PUO',
  citations: [
    {
      regulation: BJM,
      point: point(6),
      quote: 'Struktur penugasan pada sekretariat daerah, dengan Kepala Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi',
    },
  ],
  explanation:
    'Kepala Bagian Hukum sekaligus menjadi Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bagi Tim Kerja yang ' +
    `anggotanya (Pejabat Fungsional dan Pelaksana) berkedudukan langsung di bawahnya. ${SETDA_LEVELS} ${PASAL_12}`,
  profileId: PROFILE,
  expectedFindings: [],
  spec: {
    units: [
      { key: 'setda', nama: 'Sekretariat Daerah', tipePd: 'setda' },
      { key: 'as1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', parent: 'setda' },
      { key: 'hukum', nama: 'Bagian Hukum', parent: 'as1', pengecualian: true },
    ],
    positions: [
      { key: 'sekda', nama: 'Sekretaris Daerah', kind: 'jpt-pratama', unit: 'setda' },
      { key: 'asisten1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', kind: 'jpt-pratama', unit: 'as1', sup: 'sekda' },
      { key: 'kabag', nama: 'Kepala Bagian Hukum', kind: 'administrator', unit: 'hukum', sup: 'asisten1' },
      { key: 'perancang_muda', nama: 'Perancang Peraturan Perundang-undangan Ahli Muda', kind: 'ahli-muda', unit: 'hukum', sup: 'kabag' },
      { key: 'perancang_pertama', nama: 'Perancang Peraturan Perundang-undangan Ahli Pertama', kind: 'ahli-pertama', unit: 'hukum', sup: 'kabag' },
      { key: 'analis_hukum', nama: 'Analis Hukum Ahli Pertama', kind: 'ahli-pertama', unit: 'hukum', sup: 'kabag' },
      { key: 'admin_hukum', nama: 'Pengadministrasi Hukum', kind: 'pelaksana', unit: 'hukum', sup: 'kabag' },
    ],
    teams: [
      {
        key: 'perwali',
        nama: 'Tim Kerja Penyusunan Rancangan Peraturan Wali Kota',
        targetKinerja: 'Rancangan Peraturan Wali Kota selesai diharmonisasi',
        owner: 'hukum',
        pimpinanUnit: 'kabag',
        penilaiKinerja: 'kabag',
        ketua: 'perancang_muda',
        anggota: ['perancang_pertama', 'analis_hukum', 'admin_hukum'],
      },
    ],
  },
};

export const PENUGASAN_TEMPLATES: readonly StructureTemplate[] = [
  penugasanDuaLevelLevelI,
  penugasanDuaLevelLevelII,
  penugasanSatuLevel,
  penugasanSetdaSekda,
  penugasanSetdaAsisten,
  penugasanSetdaKabag,
];
