// Tahapan mekanisme kerja (perencanaan, pelaksanaan, evaluasi) of Perbup Banjar 39/2024 Lampiran I huruf A–E as
// lintas fungsi maps, one per kind of Perangkat Daerah, each step citing its point ("huruf a butir 1)" = Tahap
// Perencanaan, first item). A step done by several officials together ("Kepala Bagian dan/atau Kepala Sub Bagian
// bersama ...") stands in the lane of the first one named; the others are in its keterangan. The request to
// involve JF/Pelaksana from elsewhere is sent by the Pimpinan Unit Organisasi pemilik kinerja (Lampiran II huruf B
// angka 1 huruf b butir 1)), read as the head of the Perangkat Daerah (DOMAIN.md §5).
import type { PositionKind, TipePd } from '../model';
import type { LintasFungsiTemplate, TemplateLane, TemplateStep } from './types';

const REG = 'Perbup Banjar 39/2024';
const JPT: PositionKind[] = ['jpt-madya', 'jpt-pratama'];

const JF_LANE: TemplateLane = { key: 'jf', label: 'Pejabat Fungsional dan/atau Pelaksana (individu atau Tim Kerja)', match: { kind: 'peran' } };

const DIALOG_KETERANGAN =
  'Menentukan pelaksanaan tugas dalam bentuk tim kerja atau individu, kebutuhan pelibatan Pejabat Fungsional ' +
  'dan/atau Pelaksana di dalam Unit Organisasi, lintas Unit Organisasi maupun lintas Instansi Pemerintah, serta ' +
  'kebutuhan atas Ketua Tim';
const TIDAK_SESUAI =
  'Hasil yang belum sesuai dikembalikan untuk diperbaiki (tersirat dari frasa «yang telah sesuai dengan target»).';
const CATATAN_UMUM = [
  'Kegiatan yang dilakukan bersama beberapa pejabat digambar pada lajur pejabat yang disebut pertama; pejabat lainnya dicatat pada keterangan.',
  'Keputusan «sesuai target?» dan jalur kembalinya tersirat dari frasa «hasil ... yang telah sesuai dengan target disampaikan kepada ...»; Lampiran tidak menggambarkan jalurnya.',
  'Permohonan pelibatan dikirim Pimpinan Unit Organisasi pemilik kinerja (Lampiran II huruf B angka 1 huruf b butir 1)), dibaca sebagai kepala Perangkat Daerah.',
];

/** Perencanaan: the common first item (rencana kerja, Perjanjian Kinerja) for the PD head's lane. */
function rencanaKerja(at: string, lane: string, ket = ''): TemplateStep {
  return {
    key: 'a1',
    type: 'kegiatan',
    lane,
    label: 'Menyusun rencana kerja dan anggaran, lalu menetapkannya dengan Perjanjian Kinerja',
    kelengkapan: `Dokumen Rencana Strategis dan Rencana Kerja Tahunan${ket}`,
    output: 'Perjanjian Kinerja (indikator kinerja, target kinerja dan anggaran selama satu tahun)',
    keterangan: 'Tahap Perencanaan',
    sumber: `${at} huruf a butir 1)`,
  };
}

/** The decision on involving JF/Pelaksana from elsewhere and the request itself (always in the PUO's lane). */
function pelibatan(at: string, butir: string, decisionLane: string, puoLane: string, next: string, scope = 'di dalam Unit Organisasi, lintas Unit Organisasi, atau lintas Instansi Pemerintah'): TemplateStep[] {
  return [
    {
      key: 'perluLibat',
      type: 'keputusan',
      lane: decisionLane,
      label: `Membutuhkan pelibatan Pejabat Fungsional atau Pelaksana ${scope}?`,
      ya: 'mohonLibat',
      tidak: next,
      sumber: `${at} huruf a butir ${butir}`,
    },
    {
      key: 'mohonLibat',
      type: 'kegiatan',
      lane: puoLane,
      label: 'Mengajukan permohonan pelibatan Pejabat Fungsional atau Pelaksana',
      output: 'Surat permohonan pelibatan',
      keterangan: 'Mengikuti mekanisme penunjukan atau pengajuan sukarela (Lampiran II huruf B)',
      sumber: `${at} huruf a butir ${butir}`,
      next,
    },
  ];
}

/** Pelaksanaan items 1)–3), all in the JF/Pelaksana lane. */
function pelaksanaan(at: string): TemplateStep[] {
  return [
    {
      key: 'b1',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyusun rincian pelaksanaan kegiatan dan anggaran sesuai rencana yang telah disusun',
      output: 'Rincian pelaksanaan kegiatan dan anggaran',
      keterangan: 'Tahap Pelaksanaan',
      sumber: `${at} huruf b butir 1)`,
    },
    {
      key: 'b2',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Melaksanakan kegiatan sesuai peran berdasarkan kompetensi, keahlian dan/atau keterampilan',
      output: 'Hasil pelaksanaan kegiatan',
      sumber: `${at} huruf b butir 2)`,
    },
    {
      key: 'b3',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Berkolaborasi dengan semua pihak yang terkait dengan kegiatan',
      keterangan: 'Sinkronisasi data, kebijakan, pelaksanaan, dan kegiatan lainnya dalam pencapaian target kinerja',
      sumber: `${at} huruf b butir 3)`,
    },
  ];
}

function monitoring(at: string, lane: string, others: string): TemplateStep {
  return {
    key: 'b4',
    type: 'kegiatan',
    lane,
    label: 'Memonitor dan memberikan umpan balik atas pelaksanaan kegiatan',
    waktu: 'Berkala atau sewaktu-waktu',
    keterangan: others,
    sumber: `${at} huruf b butir 4)`,
  };
}

function review(key: string, lane: string, at: string, butir: string, ya: string, label = 'Hasil pelaksanaan kegiatan sesuai target?'): TemplateStep {
  return { key, type: 'keputusan', lane, label, ya, tidak: 'b2', keterangan: TIDAK_SESUAI, sumber: `${at} huruf c butir ${butir}` };
}

function selesai(at: string, lane: string, butir: string): TemplateStep {
  return {
    key: 'selesai',
    type: 'selesai',
    lane,
    label: 'Selesai',
    keterangan: 'Pelaksanaan kegiatan dinyatakan selesai',
    sumber: `${at} huruf c butir ${butir}`,
  };
}

function template(
  id: string,
  title: string,
  part: string,
  tipePd: TipePd[],
  lanes: TemplateLane[],
  steps: TemplateStep[],
  catatan: string[] = [],
): LintasFungsiTemplate {
  return {
    id,
    title,
    group: 'mekanisme-kerja',
    regulation: REG,
    sumber: `Lampiran I huruf ${part} angka 3`,
    tipePd,
    lanes,
    steps,
    catatan: [...CATATAN_UMUM, ...catatan],
  };
}

// ── A. Sekretariat Daerah ───────────────────────────────────────────────────────────────────────────────────
const A = 'Lampiran I huruf A angka 3';
export const mekanismeSetda = template(
  'banjar-mekanisme-kerja-setda',
  'Tahapan Mekanisme Kerja Sekretariat Daerah',
  'A',
  ['setda'],
  [
    { key: 'sekda', label: 'Sekretaris Daerah', match: { kind: 'position', positionKinds: JPT, head: true } },
    { key: 'asisten', label: 'Asisten', match: { kind: 'position', positionKinds: ['jpt-pratama'], nameIncludes: ['Asisten'] } },
    { key: 'kabag', label: 'Kepala Bagian', match: { kind: 'position', positionKinds: ['administrator'], nameIncludes: ['Kepala Bagian'] } },
    {
      key: 'kasubbag',
      label: 'Kepala Sub Bagian',
      match: { kind: 'position', positionKinds: ['pengawas'], nameIncludes: ['Kepala Sub Bagian', 'Kepala Subbagian'] },
    },
    JF_LANE,
  ],
  [
    { key: 'mulai', type: 'mulai', lane: 'sekda', label: 'Mulai', sumber: A },
    rencanaKerja(A, 'sekda'),
    {
      key: 'a2',
      type: 'kegiatan',
      lane: 'sekda',
      label: 'Membagi dan menunjuk Asisten sebagai penanggung jawab pencapaian target kinerja sesuai tugas dan fungsi',
      output: 'Penanggung jawab target kinerja',
      sumber: `${A} huruf a butir 2)`,
    },
    {
      key: 'a3',
      type: 'kegiatan',
      lane: 'sekda',
      label: 'Memberikan arahan dan koordinasi pelaksanaan kegiatan dan pencapaian target kinerja kepada Asisten',
      sumber: `${A} huruf a butir 3)`,
    },
    {
      key: 'a4',
      type: 'kegiatan',
      lane: 'asisten',
      label: 'Membagi dan menunjuk Kepala Bagian dan Pejabat Fungsional Ahli Madya sebagai penanggung jawab pencapaian target kinerja',
      output: 'Penanggung jawab target kinerja',
      sumber: `${A} huruf a butir 4)`,
    },
    {
      key: 'a5',
      type: 'kegiatan',
      lane: 'asisten',
      label: 'Memberikan arahan dan koordinasi kepada Kepala Bagian dan Pejabat Fungsional Ahli Madya sesuai perjanjian kinerja',
      sumber: `${A} huruf a butir 5)`,
    },
    {
      key: 'a6',
      type: 'kegiatan',
      lane: 'kabag',
      label: 'Melakukan dialog kinerja untuk merumuskan strategi pelaksanaan pencapaian target kinerja',
      output: 'Strategi pelaksanaan pencapaian target kinerja',
      keterangan: `Kepala Bagian dan/atau Kepala Sub Bagian bersama Pejabat Fungsional dan Pelaksana. ${DIALOG_KETERANGAN}`,
      sumber: `${A} huruf a butir 6)`,
    },
    ...pelibatan(A, '7)', 'kabag', 'sekda', 'a8'),
    {
      key: 'a8',
      type: 'kegiatan',
      lane: 'kabag',
      label: 'Menetapkan serta memberikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana di bawah koordinasinya',
      keterangan: 'Kepala Bagian dan/atau Kepala Sub Bagian',
      sumber: `${A} huruf a butir 8)`,
    },
    {
      key: 'a9',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja',
      output: 'Rencana pelaksanaan kegiatan dan anggaran',
      keterangan: 'Secara individu maupun tim kerja, bersama Kepala Bagian dan/atau Kepala Sub Bagian',
      sumber: `${A} huruf a butir 9)`,
    },
    ...pelaksanaan(A),
    monitoring(A, 'kabag', 'Kepala Bagian dan/atau Kepala Sub Bagian dan/atau Ketua Tim'),
    {
      key: 'b5',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyampaikan hasil pelaksanaan kegiatan yang sudah sesuai target kepada Kepala Bagian',
      output: 'Hasil pelaksanaan kegiatan',
      keterangan: 'Oleh individu atau Ketua Tim Kerja',
      sumber: `${A} huruf b butir 5)`,
    },
    {
      key: 'c1',
      type: 'kegiatan',
      lane: 'kabag',
      label: 'Meninjau hasil pelaksanaan kegiatan',
      keterangan: 'Tahap Evaluasi',
      sumber: `${A} huruf c butir 1)`,
    },
    review('cek1', 'kabag', A, '2)', 'c2'),
    { key: 'c2', type: 'kegiatan', lane: 'asisten', label: 'Meninjau hasil pelaksanaan kegiatan yang telah sesuai target', sumber: `${A} huruf c butir 2)` },
    review('cek2', 'asisten', A, '3)', 'c3', 'Hasil sesuai dengan target ataupun ekspektasi?'),
    { key: 'c3', type: 'kegiatan', lane: 'sekda', label: 'Meninjau hasil pelaksanaan kegiatan', sumber: `${A} huruf c butir 3)` },
    review('cek3', 'sekda', A, '4)', 'selesai', 'Hasil diterima dan sesuai target yang diharapkan?'),
    selesai(A, 'sekda', '4)'),
  ],
  ['Nomor butir 7) sampai 9) Tahap Perencanaan dan 2) sampai 5) Tahap Pelaksanaan hilang dalam teks sumber dan direkonstruksi dari urutannya.'],
);

// ── B. Sekretariat DPRD, Inspektorat Daerah, Dinas, Badan, Satuan Polisi Pamong Praja ─────────────────────────
const B = 'Lampiran I huruf B angka 3';
export const mekanismeDinasBadan = template(
  'banjar-mekanisme-kerja-dinas-badan',
  'Tahapan Mekanisme Kerja Sekretariat DPRD, Inspektorat Daerah, Dinas, Badan dan Satuan Polisi Pamong Praja',
  'B',
  ['setwan', 'inspektorat', 'dinas', 'badan', 'satpol-pp'],
  [
    {
      key: 'kepala',
      label: 'Kepala Perangkat Daerah (Sekretaris DPRD/Inspektur/Kepala Dinas/Kepala Badan/Kepala Satuan Polisi Pamong Praja)',
      match: { kind: 'position', positionKinds: JPT, head: true },
    },
    {
      key: 'admin',
      label: 'Pejabat Administrator (Kepala Bagian/Inspektur Pembantu/Sekretaris/Kepala Bidang)',
      match: { kind: 'position', positionKinds: ['administrator'], nameIncludes: ['Kepala Bidang', 'Kepala Bagian', 'Inspektur Pembantu', 'Sekretaris'] },
    },
    {
      key: 'pengawas',
      label: 'Pejabat Pengawas (Kepala Sub Bagian/Kepala Sub Bidang/Kepala Seksi)',
      match: {
        kind: 'position',
        positionKinds: ['pengawas'],
        nameIncludes: ['Kepala Seksi', 'Kepala Sub Bidang', 'Kepala Subbidang', 'Kepala Sub Bagian', 'Kepala Subbagian'],
      },
    },
    JF_LANE,
  ],
  [
    { key: 'mulai', type: 'mulai', lane: 'kepala', label: 'Mulai', sumber: B },
    rencanaKerja(B, 'kepala', ' Perangkat Daerah'),
    {
      key: 'a2',
      type: 'kegiatan',
      lane: 'kepala',
      label: 'Membagi dan menunjuk Pejabat Administrator dan Pejabat Fungsional Ahli Madya sebagai penanggung jawab pencapaian target kinerja',
      output: 'Penanggung jawab target kinerja',
      sumber: `${B} huruf a butir 2)`,
    },
    {
      key: 'a3',
      type: 'kegiatan',
      lane: 'kepala',
      label: 'Memberikan arahan dan koordinasi pelaksanaan kegiatan dan pencapaian target kinerja kepada Pejabat Administrator dan Pejabat Fungsional Ahli Madya',
      sumber: `${B} huruf a butir 3)`,
    },
    {
      key: 'a4',
      type: 'kegiatan',
      lane: 'admin',
      label: 'Melakukan dialog kinerja untuk merumuskan strategi pelaksanaan pencapaian target kinerja',
      output: 'Strategi pelaksanaan pencapaian target kinerja',
      keterangan: `Pejabat Administrator dan/atau Pejabat Pengawas bersama Pejabat Fungsional dan Pelaksana. ${DIALOG_KETERANGAN}`,
      sumber: `${B} huruf a butir 4)`,
    },
    ...pelibatan(B, '5)', 'admin', 'kepala', 'a6'),
    {
      key: 'a6',
      type: 'kegiatan',
      lane: 'admin',
      label: 'Menetapkan serta menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana di bawah koordinasinya',
      keterangan: 'Pejabat Administrator dan/atau Pejabat Pengawas',
      sumber: `${B} huruf a butir 6)`,
    },
    {
      key: 'a7',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja',
      output: 'Rencana pelaksanaan kegiatan dan anggaran',
      keterangan: 'Bersama Pejabat Pengawas atau Pejabat Administrator',
      sumber: `${B} huruf a butir 7)`,
    },
    ...pelaksanaan(B),
    monitoring(B, 'admin', 'Pejabat Administrator dan/atau Pejabat Pengawas dan/atau Ketua Tim'),
    {
      key: 'b5',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyampaikan hasil pelaksanaan kegiatan yang sudah sesuai target kepada Pejabat Administrator',
      output: 'Hasil pelaksanaan kegiatan',
      keterangan: 'Oleh individu atau ketua tim kerja',
      sumber: `${B} huruf b butir 5)`,
    },
    {
      key: 'c1',
      type: 'kegiatan',
      lane: 'admin',
      label: 'Meninjau hasil pelaksanaan kegiatan',
      keterangan: 'Tahap Evaluasi',
      sumber: `${B} huruf c butir 1)`,
    },
    review('cek1', 'admin', B, '2)', 'c2'),
    { key: 'c2', type: 'kegiatan', lane: 'kepala', label: 'Meninjau hasil pelaksanaan kegiatan yang telah sesuai target', sumber: `${B} huruf c butir 2)` },
    review('cek2', 'kepala', B, '3)', 'selesai', 'Hasil diterima dan sesuai target yang diharapkan?'),
    selesai(B, 'kepala', '3)'),
  ],
  ['Nomor butir 3) sampai 7) Tahap Perencanaan dan 1) sampai 3) Tahap Pelaksanaan hilang dalam teks sumber dan direkonstruksi dari urutannya.'],
);

// ── C. DPMPTSP ──────────────────────────────────────────────────────────────────────────────────────────────
const C = 'Lampiran I huruf C angka 3';
export const mekanismeDpmptsp = template(
  'banjar-mekanisme-kerja-dpmptsp',
  'Tahapan Mekanisme Kerja DPMPTSP',
  'C',
  ['dpmptsp'],
  [
    { key: 'kepala', label: 'Kepala DPMPTSP', match: { kind: 'position', positionKinds: JPT, head: true } },
    { key: 'sekretaris', label: 'Sekretaris', match: { kind: 'position', positionKinds: ['administrator'], nameIncludes: ['Sekretaris'] } },
    {
      key: 'kasubbag',
      label: 'Kepala Sub Bagian',
      match: { kind: 'position', positionKinds: ['pengawas'], nameIncludes: ['Kepala Sub Bagian', 'Kepala Subbagian'] },
    },
    { key: 'jfKepala', label: 'Pejabat Fungsional di bawah koordinasi Kepala DPMPTSP', match: { kind: 'peran' } },
    { ...JF_LANE, label: 'Pejabat Fungsional dan/atau Pelaksana di bawah koordinasi Sekretaris (individu atau Tim Kerja)' },
  ],
  [
    { key: 'mulai', type: 'mulai', lane: 'kepala', label: 'Mulai', sumber: C },
    rencanaKerja(C, 'kepala', ' Perangkat Daerah'),
    {
      key: 'a2',
      type: 'kegiatan',
      lane: 'kepala',
      label: 'Membagi dan menunjuk Sekretaris sebagai penanggung jawab pencapaian target kinerja sesuai tugas dan fungsinya',
      output: 'Penanggung jawab target kinerja',
      sumber: `${C} huruf a butir 2)`,
    },
    {
      key: 'a3',
      type: 'kegiatan',
      lane: 'kepala',
      label: 'Memberikan arahan dan koordinasi pelaksanaan kegiatan dan pencapaian target kinerja kepada Sekretaris',
      sumber: `${C} huruf a butir 3)`,
    },
    {
      key: 'a4',
      type: 'kegiatan',
      lane: 'kepala',
      label: 'Melakukan dialog kinerja bersama Pejabat Fungsional di bawah koordinasinya untuk merumuskan strategi pelaksanaan pencapaian target kinerja',
      output: 'Strategi pelaksanaan pencapaian target kinerja',
      keterangan: DIALOG_KETERANGAN,
      sumber: `${C} huruf a butir 4)`,
    },
    {
      key: 'a5',
      type: 'kegiatan',
      lane: 'sekretaris',
      label: 'Melakukan dialog kinerja untuk merumuskan strategi pelaksanaan pencapaian target kinerja',
      output: 'Strategi pelaksanaan pencapaian target kinerja',
      keterangan: `Sekretaris dan/atau Kepala Sub Bagian bersama Pejabat Fungsional dan Pelaksana. ${DIALOG_KETERANGAN}`,
      sumber: `${C} huruf a butir 5)`,
    },
    ...pelibatan(C, '6)', 'sekretaris', 'kepala', 'a7'),
    {
      key: 'a7',
      type: 'kegiatan',
      lane: 'kepala',
      label: 'Menetapkan serta menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional di bawah koordinasinya',
      sumber: `${C} huruf a butir 7)`,
    },
    {
      key: 'a8',
      type: 'kegiatan',
      lane: 'sekretaris',
      label: 'Menetapkan serta menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana di bawah koordinasinya',
      keterangan: 'Sekretaris dan/atau Kepala Sub Bagian',
      sumber: `${C} huruf a butir 8)`,
    },
    {
      key: 'a9',
      type: 'kegiatan',
      lane: 'jfKepala',
      label: 'Menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja bersama Kepala DPMPTSP',
      output: 'Rencana pelaksanaan kegiatan dan anggaran',
      sumber: `${C} huruf a butir 9)`,
    },
    {
      key: 'a10',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja',
      output: 'Rencana pelaksanaan kegiatan dan anggaran',
      keterangan: 'Bersama Kepala Sub Bagian atau Sekretaris',
      sumber: `${C} huruf a butir 10)`,
    },
    ...pelaksanaan(C),
    monitoring(C, 'sekretaris', 'Sekretaris dan/atau Kepala Sub Bagian dan/atau Ketua Tim'),
    {
      key: 'b5',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyampaikan hasil pelaksanaan kegiatan yang sudah sesuai target kepada Sekretaris',
      output: 'Hasil pelaksanaan kegiatan',
      keterangan: 'Oleh individu atau ketua tim kerja',
      sumber: `${C} huruf b butir 5)`,
    },
    {
      key: 'c1',
      type: 'kegiatan',
      lane: 'sekretaris',
      label: 'Meninjau hasil pelaksanaan kegiatan',
      keterangan: 'Tahap Evaluasi. Sekretaris dan Ketua Tim Kerja di bawah koordinasi langsung Kepala DPMPTSP',
      sumber: `${C} huruf c butir 1)`,
    },
    review('cek1', 'sekretaris', C, '2)', 'c2'),
    { key: 'c2', type: 'kegiatan', lane: 'kepala', label: 'Meninjau hasil pelaksanaan kegiatan yang telah sesuai target', sumber: `${C} huruf c butir 2)` },
    review('cek2', 'kepala', C, '3)', 'selesai', 'Hasil diterima dan sesuai target yang diharapkan?'),
    selesai(C, 'kepala', '3)'),
  ],
  [
    'Nomor butir 5) sampai 10) Tahap Perencanaan dan 2) sampai 5) Tahap Pelaksanaan hilang dalam teks sumber dan direkonstruksi dari urutannya.',
    'Pejabat Fungsional di bawah Kepala DPMPTSP (Lampiran I huruf C angka 1 huruf c butir 1)) dan Pejabat Fungsional/Pelaksana di bawah Sekretaris digambar sebagai dua lajur, karena butir 9) dan 10) membedakannya.',
    'Kegiatan Tahap Pelaksanaan butir 1) sampai 3) berlaku bagi keduanya dan digambar pada lajur yang kedua.',
  ],
);

// ── D. Rumah Sakit Umum Daerah ──────────────────────────────────────────────────────────────────────────────
const D = 'Lampiran I huruf D angka 3';
export const mekanismeRsud = template(
  'banjar-mekanisme-kerja-rsud',
  'Tahapan Mekanisme Kerja Rumah Sakit Umum Daerah',
  'D',
  ['rsud'],
  [
    { key: 'direktur', label: 'Direktur', match: { kind: 'position', positionKinds: JPT, head: true } },
    { key: 'wadir', label: 'Wakil Direktur', match: { kind: 'position', positionKinds: ['administrator'], nameIncludes: ['Wakil Direktur'] } },
    {
      key: 'kabag',
      label: 'Kepala Bagian/Kepala Bidang',
      match: { kind: 'position', positionKinds: ['administrator'], nameIncludes: ['Kepala Bagian', 'Kepala Bidang'] },
    },
    {
      key: 'kasubbag',
      label: 'Kepala Sub Bagian',
      match: { kind: 'position', positionKinds: ['pengawas'], nameIncludes: ['Kepala Sub Bagian', 'Kepala Subbagian', 'Kepala Sub Bidang', 'Kepala Seksi'] },
    },
    JF_LANE,
  ],
  [
    { key: 'mulai', type: 'mulai', lane: 'direktur', label: 'Mulai', sumber: D },
    rencanaKerja(D, 'direktur', ' Perangkat Daerah'),
    {
      key: 'a2',
      type: 'kegiatan',
      lane: 'direktur',
      label: 'Membagi dan menunjuk Wakil Direktur dan Pejabat Fungsional Ahli Madya sebagai penanggung jawab pencapaian target kinerja',
      output: 'Penanggung jawab target kinerja',
      sumber: `${D} huruf a butir 2)`,
    },
    {
      key: 'a3',
      type: 'kegiatan',
      lane: 'direktur',
      label: 'Memberikan arahan dan koordinasi pelaksanaan kegiatan dan pencapaian target kinerja kepada Wakil Direktur dan Pejabat Fungsional Ahli Madya',
      sumber: `${D} huruf a butir 3)`,
    },
    {
      key: 'a4',
      type: 'kegiatan',
      lane: 'wadir',
      label: 'Membagi dan menunjuk Kepala Bagian/Kepala Bidang sebagai penanggung jawab pencapaian target kinerja',
      output: 'Penanggung jawab target kinerja',
      sumber: `${D} huruf a butir 4)`,
    },
    {
      key: 'a5',
      type: 'kegiatan',
      lane: 'wadir',
      label: 'Memberikan arahan dan koordinasi kepada Kepala Bagian/Kepala Bidang sesuai perjanjian kinerja',
      sumber: `${D} huruf a butir 5)`,
    },
    {
      key: 'a6',
      type: 'kegiatan',
      lane: 'kabag',
      label: 'Melakukan dialog kinerja untuk merumuskan strategi pelaksanaan pencapaian target kinerja',
      output: 'Strategi pelaksanaan pencapaian target kinerja',
      keterangan: `Kepala Bagian/Kepala Bidang dan/atau Kepala Sub Bagian bersama Pejabat Fungsional dan Pelaksana. ${DIALOG_KETERANGAN}`,
      sumber: `${D} huruf a butir 6)`,
    },
    ...pelibatan(D, '7)', 'kabag', 'direktur', 'a8'),
    {
      key: 'a8',
      type: 'kegiatan',
      lane: 'kabag',
      label: 'Menetapkan serta memberikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana di bawah koordinasinya',
      keterangan: 'Kepala Bagian/Kepala Bidang dan/atau Kepala Sub Bagian',
      sumber: `${D} huruf a butir 8)`,
    },
    {
      key: 'a9',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja',
      output: 'Rencana pelaksanaan kegiatan dan anggaran',
      keterangan: 'Secara individu maupun tim kerja, bersama Kepala Bagian/Kepala Bidang dan/atau Kepala Sub Bagian',
      sumber: `${D} huruf a butir 9)`,
    },
    ...pelaksanaan(D),
    monitoring(D, 'kabag', 'Kepala Bagian/Kepala Bidang dan/atau Kepala Sub Bagian dan/atau Ketua Tim'),
    {
      key: 'b5',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyampaikan hasil pelaksanaan kegiatan yang sudah sesuai target kepada Kepala Bagian/Kepala Bidang',
      output: 'Hasil pelaksanaan kegiatan',
      keterangan: 'Oleh individu atau Ketua Tim Kerja',
      sumber: `${D} huruf b butir 5)`,
    },
    {
      key: 'c1',
      type: 'kegiatan',
      lane: 'kabag',
      label: 'Meninjau hasil pelaksanaan kegiatan',
      keterangan: 'Tahap Evaluasi',
      sumber: `${D} huruf c butir 1)`,
    },
    review('cek1', 'kabag', D, '2)', 'c2'),
    { key: 'c2', type: 'kegiatan', lane: 'wadir', label: 'Meninjau hasil pelaksanaan kegiatan yang telah sesuai target', sumber: `${D} huruf c butir 2)` },
    review('cek2', 'wadir', D, '3)', 'c3', 'Hasil sesuai dengan target ataupun ekspektasi?'),
    { key: 'c3', type: 'kegiatan', lane: 'direktur', label: 'Meninjau hasil pelaksanaan kegiatan', sumber: `${D} huruf c butir 3)` },
    review('cek3', 'direktur', D, '4)', 'selesai', 'Hasil diterima dan sesuai target yang diharapkan?'),
    selesai(D, 'direktur', '4)'),
  ],
  [
    'Nomor butir 6) sampai 9) Tahap Perencanaan, 3) dan 5) Tahap Pelaksanaan hilang dalam teks sumber dan direkonstruksi dari urutannya; huruf «b.» dan «c.» Tahap Pelaksanaan dan Evaluasi juga.',
    'Lajur Kepala Sub Bagian dipakai dalam keterangan kegiatan bersama; Lampiran tidak memberinya kegiatan sendiri.',
  ],
);

// ── E. Kecamatan ────────────────────────────────────────────────────────────────────────────────────────────
const E = 'Lampiran I huruf E angka 3';
export const mekanismeKecamatan = template(
  'banjar-mekanisme-kerja-kecamatan',
  'Tahapan Mekanisme Kerja Kecamatan',
  'E',
  ['kecamatan'],
  [
    { key: 'camat', label: 'Camat', match: { kind: 'position', positionKinds: ['administrator'], head: true } },
    { key: 'sekcam', label: 'Sekretaris Camat', match: { kind: 'position', positionKinds: ['administrator'], nameIncludes: ['Sekretaris Camat', 'Sekcam'] } },
    {
      key: 'pengawas',
      label: 'Pejabat Pengawas (Kepala Sub Bagian/Kepala Seksi)',
      match: { kind: 'position', positionKinds: ['pengawas'], nameIncludes: ['Kepala Sub Bagian', 'Kepala Subbagian', 'Kepala Seksi'] },
    },
    JF_LANE,
  ],
  [
    { key: 'mulai', type: 'mulai', lane: 'camat', label: 'Mulai', sumber: E },
    rencanaKerja(E, 'camat'),
    {
      key: 'a2',
      type: 'kegiatan',
      lane: 'camat',
      label: 'Membagi dan menunjuk Sekretaris Camat dan Kepala Seksi sebagai penanggung jawab pencapaian target kinerja',
      output: 'Penanggung jawab target kinerja',
      sumber: `${E} huruf a butir 2)`,
    },
    {
      key: 'a3',
      type: 'kegiatan',
      lane: 'camat',
      label: 'Memberikan arahan dan koordinasi pelaksanaan kegiatan dan pencapaian target kinerja kepada Sekretaris Camat dan Kepala Seksi',
      sumber: `${E} huruf a butir 3)`,
    },
    {
      key: 'a4',
      type: 'kegiatan',
      lane: 'sekcam',
      label: 'Membagi dan menunjuk Kepala Sub Bagian dan Pejabat Fungsional Ahli Muda di bawah koordinasinya sebagai penanggung jawab pencapaian target kinerja',
      output: 'Penanggung jawab target kinerja',
      sumber: `${E} huruf a butir 4)`,
    },
    {
      key: 'a5',
      type: 'kegiatan',
      lane: 'sekcam',
      label: 'Memberikan arahan dan koordinasi kepada Kepala Sub Bagian dan Pejabat Fungsional Ahli Muda sesuai perjanjian kerja',
      sumber: `${E} huruf a butir 5)`,
    },
    {
      key: 'a6',
      type: 'kegiatan',
      lane: 'pengawas',
      label: 'Melakukan dialog kinerja bersama Pejabat Fungsional dan Pelaksana untuk merumuskan strategi pelaksanaan pencapaian target kinerja',
      output: 'Strategi pelaksanaan pencapaian target kinerja',
      keterangan:
        'Menentukan pelaksanaan tugas dalam bentuk tim kerja atau individu, kebutuhan pelibatan Pejabat Fungsional dan/atau Pelaksana lintas Unit Organisasi, serta kebutuhan atas Ketua Tim',
      sumber: `${E} huruf a butir 6)`,
    },
    ...pelibatan(E, '7)', 'pengawas', 'camat', 'a8', 'dari Unit Organisasi lain'),
    {
      key: 'a8',
      type: 'kegiatan',
      lane: 'pengawas',
      label: 'Menetapkan serta memberikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana di bawah koordinasinya',
      sumber: `${E} huruf a butir 8)`,
    },
    {
      key: 'a9',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja bersama Pejabat Pengawas',
      output: 'Rencana pelaksanaan kegiatan dan anggaran',
      keterangan: 'Secara individu maupun tim kerja',
      sumber: `${E} huruf a butir 9)`,
    },
    ...pelaksanaan(E),
    monitoring(E, 'pengawas', 'Pejabat Pengawas dan/atau Ketua Tim'),
    {
      key: 'b5',
      type: 'kegiatan',
      lane: 'jf',
      label: 'Menyampaikan hasil pelaksanaan kegiatan kepada Pejabat Pengawas',
      output: 'Hasil pelaksanaan kegiatan',
      keterangan: 'Sebagai individu atau tim kerja',
      sumber: `${E} huruf b butir 5)`,
    },
    {
      key: 'c1',
      type: 'kegiatan',
      lane: 'pengawas',
      label: 'Meninjau hasil pelaksanaan kegiatan',
      keterangan: 'Tahap Evaluasi',
      sumber: `${E} huruf c butir 1)`,
    },
    review('cek1', 'pengawas', E, '2)', 'lewatSekcam'),
    {
      key: 'lewatSekcam',
      type: 'keputusan',
      lane: 'pengawas',
      label: 'Pejabat Pengawas di bawah koordinasi Sekretaris Camat (Kepala Sub Bagian)?',
      ya: 'c2a',
      tidak: 'c2b',
      sumber: `${E} huruf c butir 2)`,
    },
    {
      key: 'c2a',
      type: 'kegiatan',
      lane: 'pengawas',
      label: 'Menyampaikan hasil pelaksanaan kegiatan yang telah sesuai target kepada Sekretaris Camat',
      keterangan: 'Kepala Sub Bagian',
      sumber: `${E} huruf c butir 2)`,
    },
    {
      key: 'c3',
      type: 'kegiatan',
      lane: 'sekcam',
      label: 'Menyampaikan hasil peninjauan pelaksanaan kegiatan yang sesuai target atau ekspektasi kepada Camat',
      sumber: `${E} huruf c butir 3)`,
      next: 'c4',
    },
    {
      key: 'c2b',
      type: 'kegiatan',
      lane: 'pengawas',
      label: 'Menyampaikan hasil pelaksanaan kegiatan yang telah sesuai target kepada Camat',
      keterangan: 'Kepala Seksi di bawah koordinasi langsung Camat',
      sumber: `${E} huruf c butir 2)`,
    },
    { key: 'c4', type: 'kegiatan', lane: 'camat', label: 'Meninjau hasil pelaksanaan kegiatan', sumber: `${E} huruf c butir 3)` },
    review('cek3', 'camat', E, '4)', 'selesai', 'Hasil diterima dan sesuai target yang diharapkan?'),
    selesai(E, 'camat', '4)'),
  ],
  [
    'Nomor butir 1) sampai 9) Tahap Perencanaan, huruf «b.» Tahap Pelaksanaan dan butir Tahap Evaluasi terpisah dari isinya dalam teks sumber; urutannya diikuti apa adanya.',
    'Butir 2) Tahap Evaluasi membedakan Kepala Sub Bagian (melalui Sekretaris Camat) dan Kepala Seksi (langsung kepada Camat); peta menggambarkannya sebagai keputusan.',
    'Kecamatan tidak memiliki Pejabat Pimpinan Tinggi: Camat (Administrator) memimpin Perangkat Daerah.',
  ],
);
