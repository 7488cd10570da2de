// Penugasan mechanisms of Perbup Banjar 39/2024 Lampiran II huruf B as lintas fungsi maps: the pictures
// "Gambar 1", "Gambar 2" and "Gambar 3" were lost in the seed text, so each map is rebuilt from the numbered
// steps that the pictures illustrate. Every step cites its point.
import type { LintasFungsiTemplate } from './types';

const REG = 'Perbup Banjar 39/2024';
const PERMOHONAN =
  'Surat permohonan memuat: a) maksud dan tujuan; b) kompetensi, keahlian dan/atau keterampilan yang dibutuhkan; ' +
  'c) ekspektasi/target kinerja; d) durasi pelibatan';
const TIDAK_DIATUR = 'Lampiran tidak mengatur kelanjutan bila permohonan tidak disetujui; alur berhenti di sini.';

const B1b = 'Lampiran II huruf B angka 1 huruf b';
export const penunjukanLintasUnit: LintasFungsiTemplate = {
  id: 'banjar-penunjukan-lintas-unit',
  title: 'Mekanisme Penunjukan Lintas Unit Organisasi',
  group: 'penugasan',
  regulation: REG,
  sumber: `${B1b} (Gambar 1)`,
  tipePd: [],
  lanes: [
    { key: 'puo', label: 'Pimpinan Unit Organisasi pemilik kinerja', match: { kind: 'head-of-owner' } },
    { key: 'ppkin', label: 'Pejabat Penilai Kinerja dituju', match: { kind: 'peran' } },
    { key: 'puoTuju', label: 'Pimpinan Unit Organisasi dituju', match: { kind: 'peran' } },
    { key: 'jf', label: 'Pejabat Fungsional/Pelaksana', match: { kind: 'peran' } },
  ],
  steps: [
    { key: 'mulai', type: 'mulai', lane: 'puo', label: 'Mulai', sumber: B1b },
    {
      key: 'mohon',
      type: 'kegiatan',
      lane: 'puo',
      label: 'Mengirimkan surat permohonan pelibatan Pejabat Fungsional atau Pelaksana kepada Pejabat Penilai Kinerja dituju',
      kelengkapan: PERMOHONAN,
      output: 'Surat permohonan pelibatan',
      keterangan: 'Tembusan kepada Pejabat Penilai Kinerja bersangkutan',
      sumber: `${B1b} butir 1)`,
    },
    {
      key: 'proses',
      type: 'kegiatan',
      lane: 'ppkin',
      label: 'Memproses surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana',
      sumber: `${B1b} butir 2)`,
    },
    { key: 'setuju', type: 'keputusan', lane: 'ppkin', label: 'Menyetujui pelibatan?', ya: 'susun', tidak: 'tolak', sumber: `${B1b} butir 3) dan 4)` },
    {
      key: 'susun',
      type: 'kegiatan',
      lane: 'ppkin',
      label: 'Menyusun surat penugasan bagi Pejabat Fungsional atau Pelaksana yang sesuai kriteria pemohon',
      output: 'Konsep surat penugasan',
      keterangan: 'Dengan rekomendasi Pimpinan Unit Organisasi',
      sumber: `${B1b} butir 3)`,
    },
    {
      key: 'tetapkan',
      type: 'kegiatan',
      lane: 'puoTuju',
      label: 'Menetapkan dengan Surat Penugasan',
      output: 'Surat Penugasan',
      sumber: `${B1b} butir 3)`,
      next: 'terima',
    },
    {
      key: 'tolak',
      type: 'kegiatan',
      lane: 'ppkin',
      label: 'Menjawab surat permohonan dengan alasan tidak dapat menyetujui',
      output: 'Surat jawaban beserta alasan',
      sumber: `${B1b} butir 4)`,
      next: 'selesaiTolak',
    },
    {
      key: 'terima',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab',
      sumber: `${B1b} butir 5)`,
    },
    { key: 'selesai', type: 'selesai', lane: 'jf', label: 'Selesai', sumber: `${B1b} butir 5)` },
    { key: 'selesaiTolak', type: 'selesai', lane: 'puo', label: 'Selesai', sumber: `${B1b} butir 4)` },
  ],
  catatan: [
    'Gambar 1 hilang dari teks sumber; peta disusun dari butir 1) sampai 5).',
    'Nomor butir 2) sampai 5) hilang dalam teks sumber dan direkonstruksi dari urutannya.',
    '«Pimpinan Unit Organisasi» yang memberi rekomendasi pada butir 3) tidak disebut yang mana; dicatat pada keterangan.',
  ],
};

const B1c = 'Lampiran II huruf B angka 1 huruf c';
export const penunjukanLintasInstansi: LintasFungsiTemplate = {
  id: 'banjar-penunjukan-lintas-instansi',
  title: 'Mekanisme Penunjukan Lintas Instansi Pemerintah',
  group: 'penugasan',
  regulation: REG,
  sumber: `${B1c} (Gambar 2)`,
  tipePd: [],
  lanes: [
    { key: 'puo', label: 'Pimpinan Unit Organisasi pemilik kinerja', match: { kind: 'head-of-owner' } },
    { key: 'pybPemohon', label: 'Pejabat yang Berwenang instansi pemohon', match: { kind: 'peran' } },
    { key: 'pybTuju', label: 'Pejabat yang Berwenang instansi dituju', match: { kind: 'luar' } },
    { key: 'ppkinTuju', label: 'Pejabat Penilai Kinerja instansi dituju', match: { kind: 'luar' } },
    { key: 'puoTuju', label: 'Pimpinan Unit Organisasi instansi dituju', match: { kind: 'luar' } },
    { key: 'jf', label: 'Pejabat Fungsional/Pelaksana instansi dituju', match: { kind: 'luar' } },
  ],
  steps: [
    { key: 'mulai', type: 'mulai', lane: 'puo', label: 'Mulai', sumber: B1c },
    {
      key: 'mohon',
      type: 'kegiatan',
      lane: 'puo',
      label: 'Mengirimkan surat permohonan pelibatan Pejabat Fungsional atau Pelaksana kepada pejabat yang berwenang',
      kelengkapan: PERMOHONAN,
      output: 'Surat permohonan pelibatan',
      keterangan: 'Tembusan kepada Pejabat Penilai Kinerja bersangkutan di instansinya',
      sumber: `${B1c} butir 1)`,
    },
    { key: 'setuju1', type: 'keputusan', lane: 'pybPemohon', label: 'Setuju atas permohonan pelibatan?', ya: 'teruskan', tidak: 'selesai1', sumber: `${B1c} butir 2)` },
    {
      key: 'teruskan',
      type: 'kegiatan',
      lane: 'pybPemohon',
      label: 'Mengirimkan surat permohonan pelibatan kepada Pejabat yang Berwenang instansi yang dituju',
      output: 'Surat permohonan pelibatan',
      sumber: `${B1c} butir 2)`,
    },
    { key: 'setuju2', type: 'keputusan', lane: 'pybTuju', label: 'Surat permohonan pelibatan disetujui?', ya: 'instruksi', tidak: 'selesai2', sumber: `${B1c} butir 3)` },
    {
      key: 'instruksi',
      type: 'kegiatan',
      lane: 'pybTuju',
      label: 'Menginstruksikan Pejabat Penilai Kinerja untuk menugaskan Pejabat Fungsional atau Pelaksana yang sesuai kriteria',
      output: 'Instruksi penugasan',
      sumber: `${B1c} butir 3)`,
    },
    {
      key: 'jawab',
      type: 'kegiatan',
      lane: 'ppkinTuju',
      label: 'Menjawab ketersediaan Pejabat Fungsional atau Pelaksana yang sesuai kriteria',
      keterangan: 'Dengan rekomendasi pimpinan Unit Organisasi tempat Pejabat Fungsional atau Pelaksana berada',
      sumber: `${B1c} butir 4)`,
    },
    { key: 'tersedia', type: 'keputusan', lane: 'ppkinTuju', label: 'Pejabat Fungsional atau Pelaksana yang sesuai kriteria tersedia?', ya: 'daftar', tidak: 'selesai3', sumber: `${B1c} butir 5)` },
    {
      key: 'daftar',
      type: 'kegiatan',
      lane: 'ppkinTuju',
      label: 'Mengirimkan surat jawaban permohonan pelibatan beserta daftar Pejabat Fungsional atau Pelaksana yang ditugaskan kepada pejabat yang berwenang',
      output: 'Surat jawaban dan daftar yang ditugaskan',
      sumber: `${B1c} butir 5) huruf a)`,
    },
    {
      key: 'balas',
      type: 'kegiatan',
      lane: 'pybTuju',
      label: 'Menyetujui surat jawaban dan mengirimkan surat jawaban permohonan kepada pejabat yang berwenang pemohon',
      output: 'Surat jawaban permohonan',
      sumber: `${B1c} butir 5) huruf a)`,
    },
    {
      key: 'tugaskan',
      type: 'kegiatan',
      lane: 'ppkinTuju',
      label: 'Menugaskan Pejabat Fungsional atau Pelaksana sesuai daftar untuk bekerja sesuai pelibatan',
      keterangan: 'Oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju',
      sumber: `${B1c} butir 5) huruf b)`,
    },
    {
      key: 'surat',
      type: 'kegiatan',
      lane: 'puoTuju',
      label: 'Memberikan surat penugasan dan/atau bukti penugasan tertulis kepada Pejabat Fungsional atau Pelaksana yang ditugaskan',
      output: 'Surat penugasan',
      keterangan:
        'Tembusan kepada Pejabat yang Berwenang instansi bersangkutan, Pejabat Penilai Kinerja bersangkutan, dan Pejabat yang Berwenang instansi pemohon',
      sumber: `${B1c} butir 5) huruf c)`,
    },
    {
      key: 'terima',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab',
      sumber: `${B1c} butir 6)`,
    },
    { key: 'selesai', type: 'selesai', lane: 'jf', label: 'Selesai', sumber: `${B1c} butir 6)` },
    { key: 'selesai1', type: 'selesai', lane: 'pybPemohon', label: 'Selesai', keterangan: TIDAK_DIATUR, sumber: `${B1c} butir 2)` },
    { key: 'selesai2', type: 'selesai', lane: 'pybTuju', label: 'Selesai', keterangan: TIDAK_DIATUR, sumber: `${B1c} butir 3)` },
    { key: 'selesai3', type: 'selesai', lane: 'ppkinTuju', label: 'Selesai', keterangan: 'Lampiran tidak mengatur kelanjutan bila tidak tersedia.', sumber: `${B1c} butir 5)` },
  ],
  catatan: [
    'Gambar 2 hilang dari teks sumber; peta disusun dari butir 1) sampai 6).',
    'Nomor butir 2) sampai 6) dan huruf c) pada butir 5) hilang dalam teks sumber dan direkonstruksi dari urutannya.',
    'Cabang «Tidak» pada ketiga keputusan tidak diatur dalam Lampiran; peta mengakhirinya dengan terminator selesai.',
    '«Pejabat yang Berwenang» instansi pemohon tidak dinamai; lajurnya dibiarkan sebagai peran untuk diikat pengguna.',
    'Pimpinan Unit Organisasi pada butir 5) huruf c) dibaca sebagai pimpinan di instansi dituju, karena tembusannya memisahkan «instansi bersangkutan» dari «instansi pemohon».',
  ],
};

const B2b = 'Lampiran II huruf B angka 2 huruf b';
export const pengajuanSukarelaLintasUnit: LintasFungsiTemplate = {
  id: 'banjar-pengajuan-sukarela-lintas-unit',
  title: 'Mekanisme Pengajuan Sukarela Lintas Unit Organisasi',
  group: 'penugasan',
  regulation: REG,
  sumber: `${B2b} (Gambar 3)`,
  tipePd: [],
  lanes: [
    { key: 'jf', label: 'Pejabat Fungsional/Pelaksana', match: { kind: 'peran' } },
    { key: 'puoTuju', label: 'Pimpinan Unit Organisasi dituju', match: { kind: 'peran' } },
    { key: 'puo', label: 'Pimpinan Unit Organisasi bersangkutan', match: { kind: 'head-of-owner' } },
  ],
  steps: [
    { key: 'mulai', type: 'mulai', lane: 'jf', label: 'Mulai', sumber: B2b },
    {
      key: 'mohon',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyampaikan surat permohonan untuk dilibatkan dalam pelaksanaan kinerja kepada Pimpinan Unit Organisasi dituju',
      output: 'Surat permohonan',
      keterangan: 'Tembusan kepada Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bersangkutan',
      sumber: `${B2b} butir 1)`,
    },
    { key: 'setuju1', type: 'keputusan', lane: 'puoTuju', label: 'Menyetujui?', ya: 'teruskan', tidak: 'selesai1', sumber: `${B2b} butir 2)` },
    {
      key: 'teruskan',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyampaikan surat permohonan persetujuan yang telah disetujui Pimpinan Unit Organisasi dituju kepada Pejabat Penilai Kinerja',
      output: 'Surat permohonan persetujuan',
      keterangan: 'Tembusan kepada Pimpinan Unit Organisasi bersangkutan',
      sumber: `${B2b} butir 2)`,
    },
    { key: 'setuju2', type: 'keputusan', lane: 'puo', label: 'Menyetujui?', ya: 'tugaskan', tidak: 'selesai2', sumber: `${B2b} butir 3)` },
    {
      key: 'tugaskan',
      type: 'kegiatan',
      lane: 'puo',
      label: 'Membuat surat penugasan untuk melaksanakan kinerja pada Pimpinan Unit Organisasi dituju',
      output: 'Surat penugasan',
      sumber: `${B2b} butir 3)`,
    },
    {
      key: 'terima',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab',
      sumber: `${B2b} butir 4)`,
    },
    { key: 'selesai', type: 'selesai', lane: 'jf', label: 'Selesai', sumber: `${B2b} butir 4)` },
    { key: 'selesai1', type: 'selesai', lane: 'puoTuju', label: 'Selesai', keterangan: TIDAK_DIATUR, sumber: `${B2b} butir 2)` },
    { key: 'selesai2', type: 'selesai', lane: 'puo', label: 'Selesai', keterangan: TIDAK_DIATUR, sumber: `${B2b} butir 3)` },
  ],
  catatan: [
    'Gambar 3 hilang dari teks sumber; peta disusun dari butir 1) sampai 4).',
    'Pejabat Penilai Kinerja hanya menerima surat pada butir 2) tanpa kegiatan yang diatur, sehingga tidak digambar sebagai lajur.',
    'Cabang «Tidak» tidak diatur dalam Lampiran; peta mengakhirinya dengan terminator selesai.',
  ],
};
