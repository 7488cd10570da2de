// The process maps of the training sample, in the order a workshop walks them: the level 0 map of the Pemerintah
// Kota, the level 1 map of the DPMPTSP drawn from its process 05, under it an SOP as peta lintas fungsi (lanes bound
// to positions of the structure, mutu baku on every activity) and a peta subproses, and beside them the peta relasi
// that shows the same hand-overs between Perangkat Daerah. Three of the maps carry deliberate mistakes (#5–#7).
import {
  LANE_HEADER,
  LF_NODE_SIZE,
  type LaneBinding,
  type LevelMap,
  type LfArrow,
  type LfNode,
  type LintasFungsiMap,
  type MapMeta,
  type MapProcess,
  type PartyRef,
  type ProcessCategory,
  type ProcessMap,
  type RelasiMap,
  type SubprosesMap,
} from '../../model';
import { positionId as p } from './structure';

export const MAP_IDS = {
  level0: 'map_kota_l0',
  level1: 'map_dpm_l1',
  sop: 'map_sop_sip',
  subproses: 'map_sub_oss',
  relasi: 'map_relasi_kota',
} as const;

const DRAF: MapMeta = { status: 'draf', skNomor: '', skTanggal: null, tahun: 2025, revisi: 0 };

const unit = (id: string): PartyRef => ({ kind: 'unit', id });
const luar = (nama: string): PartyRef => ({ kind: 'luar', nama });

interface ProcessSpec {
  id: string;
  kode: string;
  nama: string;
  kategori: ProcessCategory;
  pengampu: string;
  supplier: PartyRef[];
  input: string[];
  output: string[];
  customer: PartyRef[];
  keterangan?: string;
}

function process(s: ProcessSpec): MapProcess {
  return {
    id: s.id,
    kode: s.kode,
    nama: s.nama,
    kategori: s.kategori,
    pengampuUnitId: s.pengampu,
    sipoc: { supplier: s.supplier, input: s.input, output: s.output, customer: s.customer },
    keterangan: s.keterangan ?? '',
  };
}

/** The PDs that receive the Bagian Organisasi's peta proses bisnis and SOP (process 02, and the relasi arrows). */
const PD_LAYANAN = ['u_disdik', 'u_dinkes', 'u_kominfo', 'u_dpm', 'u_kec'];
/** The PDs the Bagian Pengadaan Barang dan Jasa serves in this sample (process 08). */
const PD_PENGADAAN = ['u_disdik', 'u_dinkes', 'u_kominfo'];

const OUTPUT_PROBIS = 'Peta proses bisnis dan SOP';
const OUTPUT_PENGADAAN = 'Penyedia barang/jasa terpilih';
const OUTPUT_REKOMENDASI = 'Rekomendasi teknis izin praktik';

function level0(): LevelMap {
  return {
    id: MAP_IDS.level0,
    kind: 'level',
    title: 'Peta Proses Bisnis Pemerintah Kota Contoh',
    ownerUnitId: null,
    parent: null,
    meta: DRAF,
    level: 0,
    stakeholders: [
      { id: 'sh_l0_walikota', nama: 'Wali Kota dan DPRD', side: 'input' },
      { id: 'sh_l0_pusat', nama: 'Pemerintah Pusat dan Provinsi Banten', side: 'input' },
      { id: 'sh_l0_masyarakat_in', nama: 'Masyarakat dan pelaku usaha', side: 'input' },
      { id: 'sh_l0_masyarakat_out', nama: 'Masyarakat Kota Contoh', side: 'output' },
      { id: 'sh_l0_usaha', nama: 'Pelaku usaha dan investor', side: 'output' },
      { id: 'sh_l0_didik', nama: 'Peserta didik dan orang tua', side: 'output' },
    ],
    processes: [
      process({
        id: 'pr_l0_01', kode: '01', nama: 'Perumusan Kebijakan dan Koordinasi Pemerintahan', kategori: 'manajemen', pengampu: 'u_setda',
        supplier: [luar('Wali Kota'), luar('DPRD Kota Contoh')], input: ['RPJMD dan arahan Wali Kota'],
        output: ['Kebijakan daerah dan arahan koordinasi'], customer: [luar('Wali Kota')],
      }),
      process({
        id: 'pr_l0_02', kode: '02', nama: 'Penataan Organisasi dan Tata Laksana', kategori: 'manajemen', pengampu: 'u_bag_org',
        supplier: [luar('Kementerian PANRB'), unit('u_setda')], input: ['Peraturan sistem kerja dan peta jabatan'],
        output: [OUTPUT_PROBIS], customer: PD_LAYANAN.map(unit),
      }),
      process({
        id: 'pr_l0_03', kode: '03', nama: 'Penyelenggaraan Layanan Pendidikan Dasar', kategori: 'inti', pengampu: 'u_disdik',
        supplier: [luar('Kementerian Pendidikan Dasar dan Menengah')], input: ['Standar nasional pendidikan dan Dapodik'],
        output: ['Layanan pendidikan dasar bermutu'], customer: [luar('Peserta didik dan orang tua')],
      }),
      process({
        id: 'pr_l0_04', kode: '04', nama: 'Penyelenggaraan Layanan Kesehatan', kategori: 'inti', pengampu: 'u_dinkes',
        supplier: [luar('Kementerian Kesehatan'), luar('BPJS Kesehatan')], input: ['Standar pelayanan minimal kesehatan'],
        output: ['Layanan kesehatan masyarakat dan perseorangan'], customer: [luar('Masyarakat Kota Contoh')],
      }),
      process({
        id: 'pr_l0_05', kode: '05', nama: 'Pelayanan Perizinan dan Penanaman Modal', kategori: 'inti', pengampu: 'u_dpm',
        supplier: [luar('Pelaku usaha dan pemohon izin'), unit('u_dinkes')], input: ['Permohonan izin dan rekomendasi teknis'],
        output: ['Izin terbit dan iklim investasi yang kondusif'], customer: [luar('Pelaku usaha dan investor')],
      }),
      process({
        id: 'pr_l0_06', kode: '06', nama: 'Layanan Informasi Publik dan Pemerintahan Berbasis Elektronik', kategori: 'inti', pengampu: 'u_kominfo',
        supplier: [luar('Kementerian Komunikasi dan Digital'), unit('u_dpm')], input: ['Data dan informasi Perangkat Daerah'],
        output: ['Informasi publik dan layanan SPBE'], customer: [luar('Masyarakat Kota Contoh')],
      }),
      process({
        id: 'pr_l0_07', kode: '07', nama: 'Penyelenggaraan Pemerintahan Kewilayahan', kategori: 'inti', pengampu: 'u_kec',
        supplier: [luar('Masyarakat Kecamatan Kota Baru')], input: ['Permohonan layanan administrasi dan aspirasi warga'],
        output: ['Layanan administrasi kewilayahan'], customer: [luar('Masyarakat Kecamatan Kota Baru')],
      }),
      process({
        id: 'pr_l0_08', kode: '08', nama: 'Pengadaan Barang/Jasa Pemerintah', kategori: 'pendukung', pengampu: 'u_bag_pbj',
        supplier: PD_PENGADAAN.map(unit), input: ['Rencana umum pengadaan dan dokumen persiapan'],
        output: [OUTPUT_PENGADAAN], customer: PD_PENGADAAN.map(unit),
      }),
      process({
        id: 'pr_l0_09', kode: '09', nama: 'Administrasi Umum dan Kerumahtanggaan Pimpinan', kategori: 'pendukung', pengampu: 'u_bag_umum',
        supplier: [unit('u_setda')], input: ['Agenda dan kebutuhan pimpinan daerah'],
        output: ['Layanan tata usaha dan kerumahtanggaan'], customer: [luar('Wali Kota dan Wakil Wali Kota')],
      }),
    ],
  };
}

function level1Dpmptsp(): LevelMap {
  return {
    id: MAP_IDS.level1,
    kind: 'level',
    title: 'Peta Proses Bisnis DPMPTSP',
    ownerUnitId: 'u_dpm',
    parent: { mapId: MAP_IDS.level0, processId: 'pr_l0_05' },
    meta: DRAF,
    level: 1,
    stakeholders: [
      { id: 'sh_l1_pemohon', nama: 'Pelaku usaha dan pemohon izin', side: 'input' },
      { id: 'sh_l1_oss', nama: 'Sistem OSS RBA (Kementerian Investasi/BKPM)', side: 'input' },
      { id: 'sh_l1_usaha', nama: 'Pelaku usaha dan investor', side: 'output' },
      { id: 'sh_l1_nakes', nama: 'Tenaga kesehatan', side: 'output' },
    ],
    processes: [
      process({
        id: 'pr_l1_01', kode: '05.01', nama: 'Perencanaan, Evaluasi dan Pelaporan Kinerja', kategori: 'manajemen', pengampu: 'u_dpm_sek',
        supplier: [luar('Wali Kota')], input: ['Renstra dan target kinerja DPMPTSP'],
        output: ['Laporan kinerja DPMPTSP'], customer: [luar('Wali Kota')],
      }),
      process({
        id: 'pr_l1_02', kode: '05.02', nama: 'Pelayanan Perizinan Berusaha Berbasis Risiko', kategori: 'inti', pengampu: 'u_dpm_pp',
        supplier: [luar('Pelaku usaha'), luar('Sistem OSS RBA')], input: ['Permohonan perizinan berusaha melalui OSS RBA'],
        output: ['Perizinan berusaha terbit'], customer: [luar('Pelaku usaha')],
      }),
      process({
        id: 'pr_l1_03', kode: '05.03', nama: 'Pelayanan Perizinan Non-Berusaha Bidang Kesehatan', kategori: 'inti', pengampu: 'u_dpm_pp',
        supplier: [luar('Tenaga kesehatan pemohon'), unit('u_dinkes_yankes')], input: ['Permohonan izin praktik', OUTPUT_REKOMENDASI],
        output: ['Surat Izin Praktik terbit'], customer: [luar('Tenaga kesehatan pemohon')],
      }),
      process({
        id: 'pr_l1_04', kode: '05.04', nama: 'Promosi dan Pengendalian Penanaman Modal', kategori: 'inti', pengampu: 'u_dpm_pm',
        supplier: [luar('Pelaku usaha'), luar('Sistem OSS RBA')], input: ['Laporan Kegiatan Penanaman Modal (LKPM)'],
        output: ['Realisasi investasi terpantau'], customer: [luar('Investor dan Wali Kota')],
      }),
      process({
        id: 'pr_l1_05', kode: '05.05', nama: 'Pengelolaan Pengaduan dan Informasi Layanan', kategori: 'pendukung', pengampu: 'u_dpm_pp',
        supplier: [luar('Masyarakat dan pelaku usaha')], input: ['Pengaduan dan permintaan informasi'],
        output: ['Pengaduan tertangani'], customer: [luar('Masyarakat dan pelaku usaha')],
      }),
    ],
  };
}

// ── SOP as peta lintas fungsi ───────────────────────────────────────────────────────────────────────────────

const SOP_LANE = 224;
const SOP_ROW = 116;

interface LaneSpec {
  key: string;
  label: string;
  binding: LaneBinding;
}

interface StepSpec {
  key: string;
  lane: string;
  row: number;
  node:
    | { type: 'terminator'; peran: 'mulai' | 'selesai' }
    | { type: 'activity'; kelengkapan: string; waktu: string; output: string; keterangan?: string }
    | { type: 'decision'; keterangan?: string };
  label: string;
}

const SUMBER_SOP = 'Perwali Serang 23/2023, Pasal 19 ayat (3) (reviu proses bisnis melalui SOP); PermenPAN 35/2012 (format SOP AP)';

function sopSip(boundAs: (kode: string) => LaneBinding): LintasFungsiMap {
  const mapId = MAP_IDS.sop;
  const lanes: LaneSpec[] = [
    { key: 'pemohon', label: 'Pemohon', binding: { kind: 'luar', nama: 'Pemohon (tenaga kesehatan)' } },
    { key: 'fo', label: 'Petugas front office', binding: boundAs('5.3.5') },
    { key: 'bo', label: 'Petugas back office', binding: boundAs('5.3.3') },
    { key: 'dinkes', label: 'Verifikator teknis Dinas Kesehatan', binding: boundAs('3.4.1') },
    // Kesalahan sengaja #6: bound when the post was still «Kepala Seksi Perizinan Jasa Kesehatan» (a Pengawas);
    // since the penyetaraan jabatan the position is a Penata Perizinan Ahli Muda.
    {
      key: 'kasi',
      label: 'Kepala Seksi Perizinan Jasa Kesehatan',
      binding: { kind: 'position', id: p('5.3.2'), boundAs: { nama: 'Kepala Seksi Perizinan Jasa Kesehatan', positionKind: 'pengawas', unitId: 'u_dpm_pp' } },
    },
    { key: 'kepala', label: 'Kepala DPMPTSP', binding: boundAs('5') },
  ];
  const steps: StepSpec[] = [
    { key: 'mulai', lane: 'pemohon', row: 0, label: 'Mulai', node: { type: 'terminator', peran: 'mulai' } },
    {
      key: 'ajukan', lane: 'pemohon', row: 1, label: 'Mengajukan permohonan SIP dan mengunggah persyaratan',
      node: { type: 'activity', kelengkapan: 'Formulir permohonan, STR, rekomendasi organisasi profesi, surat keterangan tempat praktik', waktu: '15 menit', output: 'Berkas permohonan' },
    },
    {
      key: 'terima', lane: 'fo', row: 2, label: 'Menerima dan memeriksa kelengkapan berkas',
      node: { type: 'activity', kelengkapan: 'Berkas permohonan, daftar periksa persyaratan', waktu: '30 menit', output: 'Tanda terima berkas' },
    },
    { key: 'lengkap', lane: 'fo', row: 3, label: 'Berkas lengkap?', node: { type: 'decision' } },
    {
      key: 'kembalikan', lane: 'pemohon', row: 3, label: 'Melengkapi berkas sesuai catatan kekurangan',
      node: { type: 'activity', kelengkapan: 'Catatan kekurangan berkas', waktu: '3 hari kerja', output: 'Berkas dilengkapi' },
    },
    {
      key: 'verifikasi', lane: 'bo', row: 4, label: 'Memverifikasi keabsahan dokumen dan meminta rekomendasi teknis',
      node: { type: 'activity', kelengkapan: 'Berkas lengkap', waktu: '1 hari kerja', output: 'Surat permintaan rekomendasi teknis' },
    },
    {
      key: 'teknis', lane: 'dinkes', row: 5, label: 'Melakukan verifikasi teknis tempat dan tenaga praktik',
      node: { type: 'activity', kelengkapan: 'Berkas permohonan, data STR, hasil peninjauan tempat praktik', waktu: '2 hari kerja', output: OUTPUT_REKOMENDASI },
    },
    {
      key: 'memenuhi', lane: 'dinkes', row: 6, label: 'Memenuhi syarat teknis?',
      node: {
        type: 'decision',
        keterangan:
          'Kesalahan sengaja #5: keputusan ini hanya memiliki jalur «Ya». Jalur «Tidak» (rekomendasi ditolak, permohonan dikembalikan kepada pemohon) belum digambar.',
      },
    },
    {
      key: 'draf', lane: 'bo', row: 7, label: 'Menyusun draf SIP pada aplikasi perizinan',
      node: { type: 'activity', kelengkapan: 'Rekomendasi teknis, berkas permohonan', waktu: '1 jam', output: 'Draf SIP' },
    },
    {
      key: 'paraf', lane: 'kasi', row: 8, label: 'Memeriksa dan memaraf draf SIP',
      node: {
        type: 'activity', kelengkapan: 'Draf SIP', waktu: '1 jam', output: 'Draf SIP berparaf',
        keterangan: 'Kesalahan sengaja #6: lajur ini masih terikat pada «Kepala Seksi Perizinan Jasa Kesehatan», jabatan yang sudah disetarakan menjadi Penata Perizinan Ahli Muda.',
      },
    },
    {
      key: 'ttd', lane: 'kepala', row: 9, label: 'Menandatangani SIP secara elektronik',
      node: { type: 'activity', kelengkapan: 'Draf SIP berparaf, sertifikat elektronik', waktu: '1 jam', output: 'SIP bertanda tangan elektronik' },
    },
    {
      key: 'serahkan', lane: 'fo', row: 10, label: 'Menyerahkan SIP kepada pemohon dan mengarsipkan berkas',
      node: { type: 'activity', kelengkapan: 'SIP bertanda tangan elektronik', waktu: '15 menit', output: 'SIP diterima pemohon, arsip berkas' },
    },
    { key: 'selesai', lane: 'pemohon', row: 11, label: 'Selesai', node: { type: 'terminator', peran: 'selesai' } },
  ];
  const flow: [from: string, to: string, label?: string][] = [
    ['mulai', 'ajukan'],
    ['ajukan', 'terima'],
    ['terima', 'lengkap'],
    ['lengkap', 'verifikasi', 'Ya'],
    ['lengkap', 'kembalikan', 'Tidak'],
    ['kembalikan', 'terima'],
    ['verifikasi', 'teknis'],
    ['teknis', 'memenuhi'],
    // Kesalahan sengaja #5: the «Tidak» exit of «Memenuhi syarat teknis?» is missing.
    ['memenuhi', 'draf', 'Ya'],
    ['draf', 'paraf'],
    ['paraf', 'ttd'],
    ['ttd', 'serahkan'],
    ['serahkan', 'selesai'],
  ];

  const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));
  const id = (key: string) => `${mapId}_${key}`;
  const nodes: LfNode[] = steps.map((s) => {
    const size = LF_NODE_SIZE[s.node.type];
    const base = {
      id: id(s.key),
      label: s.label,
      laneId: id(`lane_${s.lane}`),
      placement: {
        x: laneIndex.get(s.lane)! * SOP_LANE + (SOP_LANE - size.width) / 2,
        y: LANE_HEADER + 24 + s.row * SOP_ROW + (SOP_ROW - 20 - size.height) / 2,
      },
      sumber: SUMBER_SOP,
    };
    switch (s.node.type) {
      case 'terminator':
        return { ...base, type: 'terminator', peran: s.node.peran };
      case 'decision':
        return { ...base, type: 'decision', keterangan: s.node.keterangan ?? '' };
      case 'activity':
        return {
          ...base,
          type: 'activity',
          mutuBaku: { kelengkapan: s.node.kelengkapan, waktu: s.node.waktu, output: s.node.output },
          keterangan: s.node.keterangan ?? '',
        };
    }
  });
  const arrows: LfArrow[] = flow.map(([from, to, label], i) => ({ id: `${mapId}_a${i + 1}`, source: id(from), target: id(to), label: label ?? '' }));
  return {
    id: mapId,
    kind: 'lintas-fungsi',
    sop: {
      nomor: '800/SOP-DPMPTSP/03/2026',
      tanggalPembuatan: '2026-01-12',
      tanggalRevisi: null,
      tanggalEfektif: '2026-02-01',
      disahkanOleh: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      dasarHukum: 'Peraturan Menteri Kesehatan tentang Perizinan Tenaga Kesehatan; Peraturan Wali Kota Contoh tentang Pendelegasian Kewenangan Perizinan',
      keterkaitan: 'SOP Verifikasi Berkas Perizinan; SOP Pengaduan Layanan Perizinan',
      peringatan: 'Apabila berkas tidak lengkap, permohonan dikembalikan kepada pemohon dan SIP tidak diterbitkan',
      kualifikasiPelaksana: 'Memahami ketentuan perizinan tenaga kesehatan; mampu mengoperasikan aplikasi perizinan',
      peralatan: 'Komputer, aplikasi perizinan, printer, formulir permohonan',
      pencatatan: 'Register permohonan SIP; arsip elektronik SIP yang diterbitkan',
    },
    title: 'SOP Penerbitan Surat Izin Praktik Tenaga Kesehatan',
    ownerUnitId: 'u_dpm_pp',
    parent: { mapId: MAP_IDS.level1, processId: 'pr_l1_03' },
    meta: DRAF,
    orientation: 'columns',
    lanes: lanes.map((l) => ({ id: id(`lane_${l.key}`), label: l.label, binding: l.binding, size: SOP_LANE })),
    nodes,
    arrows,
  };
}

function subprosesOss(): SubprosesMap {
  const step = (n: number, nama: string, output: string, pengampu: string | null, keterangan = '') => ({
    id: `st_oss_${n}`,
    nama,
    output,
    pengampuId: pengampu === null ? null : p(pengampu),
    keterangan,
  });
  return {
    id: MAP_IDS.subproses,
    kind: 'subproses',
    title: 'Subproses Pelayanan Perizinan Berusaha Berbasis Risiko',
    ownerUnitId: 'u_dpm_pp',
    parent: { mapId: MAP_IDS.level1, processId: 'pr_l1_02' },
    meta: DRAF,
    steps: [
      step(1, 'Menerima permohonan perizinan berusaha dari sistem OSS RBA', 'Daftar permohonan masuk', '5.3.3'),
      step(2, 'Memverifikasi persyaratan dasar (KKPR dan PBG)', 'Hasil verifikasi persyaratan dasar', '5.3.4'),
      step(
        3,
        'Melaksanakan pemeriksaan lapangan bersama tim teknis',
        'Berita acara pemeriksaan lapangan',
        null,
        'Kesalahan sengaja #7: langkah ini belum menyebut pejabat pengampu.',
      ),
      step(4, 'Memberikan persetujuan perizinan berusaha melalui OSS RBA', 'Perizinan berusaha terbit', '5'),
      step(5, 'Menyampaikan izin dan kewajiban LKPM kepada pelaku usaha', 'Notifikasi kepada pelaku usaha', '5.3.5'),
    ],
  };
}

/** Boxes in a grid of three columns: the relasi canvas opens readable without "Rapikan". */
function relasiKota(): RelasiMap {
  const refs: [key: string, ref: RelasiMap['boxes'][number]['ref']][] = [
    ['org', { kind: 'unit', id: 'u_bag_org' }],
    ['pbj', { kind: 'unit', id: 'u_bag_pbj' }],
    ['pemohon', { kind: 'luar', nama: 'Pelaku usaha dan pemohon izin' }],
    ['disdik', { kind: 'unit', id: 'u_disdik' }],
    ['dinkes', { kind: 'unit', id: 'u_dinkes' }],
    ['yankes', { kind: 'unit', id: 'u_dinkes_yankes' }],
    ['kominfo', { kind: 'unit', id: 'u_kominfo' }],
    ['dpm', { kind: 'unit', id: 'u_dpm' }],
    ['dpm_pp', { kind: 'unit', id: 'u_dpm_pp' }],
    ['kec', { kind: 'unit', id: 'u_kec' }],
    ['oss', { kind: 'luar', nama: 'Sistem OSS RBA (Kementerian Investasi/BKPM)' }],
  ];
  const boxId = (key: string) => `bx_rel_${key}`;
  const boxes = refs.map(([key, ref], i) => ({ id: boxId(key), ref, placement: { x: (i % 3) * 320, y: Math.floor(i / 3) * 160 } }));
  const arrows: [from: string, to: string, label: string, jenis: 'dokumen' | 'data' | 'layanan'][] = [
    ...PD_LAYANAN.map((u): [string, string, string, 'dokumen'] => [
      'org',
      refs.find(([, r]) => r.kind === 'unit' && r.id === u)![0],
      OUTPUT_PROBIS,
      'dokumen',
    ]),
    ...PD_PENGADAAN.map((u): [string, string, string, 'layanan'] => [
      'pbj',
      refs.find(([, r]) => r.kind === 'unit' && r.id === u)![0],
      OUTPUT_PENGADAAN,
      'layanan',
    ]),
    ['pemohon', 'dpm_pp', 'Berkas permohonan izin', 'dokumen'],
    ['dpm_pp', 'yankes', 'Permintaan rekomendasi teknis', 'dokumen'],
    ['yankes', 'dpm_pp', OUTPUT_REKOMENDASI, 'dokumen'],
    ['dpm_pp', 'pemohon', 'Izin terbit', 'layanan'],
    ['oss', 'dpm_pp', 'Data permohonan dan NIB', 'data'],
    ['dpm', 'kominfo', 'Data perizinan untuk Satu Data', 'data'],
    ['kec', 'dpm', 'Surat keterangan domisili usaha mikro', 'dokumen'],
  ];
  return {
    id: MAP_IDS.relasi,
    kind: 'relasi',
    title: 'Peta Relasi Pemerintah Kota Contoh',
    ownerUnitId: null,
    parent: null,
    meta: DRAF,
    boxes,
    arrows: arrows.map(([from, to, label, jenis], i) => ({ id: `ra_rel_${i + 1}`, source: boxId(from), target: boxId(to), label, jenis })),
  };
}

/** `boundAs` gives a position lane binding its snapshot of the structure (what LF-06 later compares with). */
export function kotaMaps(boundAs: (kode: string) => LaneBinding): Record<string, ProcessMap> {
  const maps: ProcessMap[] = [level0(), level1Dpmptsp(), sopSip(boundAs), subprosesOss(), relasiKota()];
  return Object.fromEntries(maps.map((m) => [m.id, m]));
}
