// The command-test document (Dinas Kominfo + BKD, test/unit/commands/fixture.ts) with a tree of level maps, a
// lintas fungsi map, a subproses map and a relasi map. Ids are readable on purpose.
import { ProcessMapSchema, type ProcessMap, type Workspace } from '../../../src/model';
import { makeFixture } from '../commands/fixture';

const unit = (id: string) => ({ kind: 'unit' as const, id });

export function mapFixture(): Workspace {
  const doc = makeFixture();
  const maps: unknown[] = [
    {
      id: 'm_l1',
      kind: 'level',
      title: 'Peta Level 1 Dinas Kominfo',
      level: 1,
      ownerUnitId: 'u_dinas',
      processes: [
        { id: 'p_renc', kode: '01', nama: 'Perencanaan', kategori: 'manajemen', pengampuUnitId: 'u_sekretariat' },
        {
          id: 'p_apl',
          kode: '02',
          nama: 'Layanan Aplikasi',
          kategori: 'inti',
          pengampuUnitId: 'u_aptika',
          sipoc: { supplier: [unit('u_ikp')], input: ['Kebutuhan'], output: ['Aplikasi'], customer: [unit('u_ikp')] },
        },
        { id: 'p_umum', kode: '03', nama: 'Umum dan Kepegawaian', kategori: 'pendukung', pengampuUnitId: 'u_umum' },
      ],
      stakeholders: [
        { id: 's_masy', nama: 'Masyarakat', side: 'input' },
        { id: 's_pd', nama: 'Perangkat Daerah', side: 'output' },
      ],
    },
    {
      id: 'm_l2',
      kind: 'level',
      title: 'Turunan Layanan Aplikasi',
      level: 2,
      ownerUnitId: 'u_aptika',
      parent: { mapId: 'm_l1', processId: 'p_apl' },
      processes: [
        { id: 'q_infra', kode: '02.01', nama: 'Infrastruktur', kategori: 'inti', pengampuUnitId: 'u_infra' },
        { id: 'q_dev', kode: '02.02', nama: 'Pengembangan Aplikasi', kategori: 'inti', pengampuUnitId: 'u_aptika' },
      ],
    },
    {
      id: 'm_l3',
      kind: 'level',
      title: 'Turunan Infrastruktur',
      level: 3,
      ownerUnitId: 'u_infra',
      parent: { mapId: 'm_l2', processId: 'q_infra' },
      processes: [{ id: 'r_jar', kode: '02.01.01', nama: 'Jaringan', kategori: 'inti', pengampuUnitId: 'u_infra' }],
    },
    {
      id: 'm_lf',
      kind: 'lintas-fungsi',
      title: 'Lintas Fungsi Permintaan Aplikasi',
      ownerUnitId: 'u_aptika',
      parent: { mapId: 'm_l2', processId: 'q_dev' },
      lanes: [
        { id: 'ln_kabid', label: 'Kepala Bidang Aptika', binding: { kind: 'position', id: 'p_kabid_aptika', boundAs: { nama: 'Kepala Bidang Aplikasi Informatika', positionKind: 'administrator', unitId: 'u_aptika' } }, size: 260 },
        { id: 'ln_kasi', label: 'Kepala Seksi Infrastruktur', binding: { kind: 'position', id: 'p_kasi_infra', boundAs: { nama: 'Kepala Seksi Infrastruktur', positionKind: 'pengawas', unitId: 'u_infra' } }, size: 260 },
        { id: 'ln_pd', label: 'Perangkat Daerah pemohon', binding: { kind: 'luar', nama: 'Perangkat Daerah pemohon' }, size: 200 },
      ],
      nodes: [
        { id: 'n_mulai', type: 'terminator', peran: 'mulai', label: 'Mulai', laneId: 'ln_pd', placement: { x: 545, y: 20 } },
        { id: 'n_minta', type: 'activity', label: 'Mengajukan permintaan', laneId: 'ln_pd', placement: { x: 530, y: 100 }, mutuBaku: { kelengkapan: 'Formulir', waktu: '1 hari', output: 'Surat permintaan' } },
        { id: 'n_putus', type: 'decision', label: 'Disetujui?', laneId: 'ln_kabid', placement: { x: 60, y: 200 } },
        { id: 'n_kerja', type: 'activity', label: 'Mengerjakan', laneId: 'ln_kasi', placement: { x: 300, y: 320 } },
        { id: 'n_tolak', type: 'activity', label: 'Menjawab penolakan', laneId: 'ln_kabid', placement: { x: 40, y: 320 } },
        { id: 'n_selesai', type: 'terminator', peran: 'selesai', label: 'Selesai', laneId: 'ln_pd', placement: { x: 540, y: 440 } },
      ],
      arrows: [
        { id: 'a1', source: 'n_mulai', target: 'n_minta' },
        { id: 'a2', source: 'n_minta', target: 'n_putus' },
        { id: 'a3', source: 'n_putus', target: 'n_kerja', label: 'Ya' },
        { id: 'a4', source: 'n_putus', target: 'n_tolak', label: 'Tidak' },
        { id: 'a5', source: 'n_kerja', target: 'n_selesai' },
        { id: 'a6', source: 'n_tolak', target: 'n_selesai' },
      ],
    },
    {
      id: 'm_sub',
      kind: 'subproses',
      title: 'Subproses Jaringan',
      ownerUnitId: 'u_infra',
      parent: { mapId: 'm_l3', processId: 'r_jar' },
      steps: [
        { id: 'st1', nama: 'Survei', output: 'Laporan survei', pengampuId: 'p_kasi_infra' },
        { id: 'st2', nama: 'Pemasangan', output: 'Jaringan terpasang', pengampuId: 'p_teknisi' },
        { id: 'st3', nama: 'Uji', output: 'Berita acara', pengampuId: 'p_pranata_pertama' },
      ],
    },
    {
      id: 'm_ikp',
      kind: 'relasi',
      title: 'Peta Relasi Bidang IKP',
      ownerUnitId: 'u_ikp',
      boxes: [
        { id: 'b_ikp', ref: unit('u_ikp'), placement: { x: 0, y: 0 } },
        { id: 'b_apt', ref: unit('u_aptika'), placement: { x: 300, y: 0 } },
        { id: 'b_masy', ref: { kind: 'luar', nama: 'Masyarakat' }, placement: { x: 150, y: 200 } },
      ],
      arrows: [{ id: 'ra1', source: 'b_apt', target: 'b_ikp', label: 'Aplikasi', jenis: 'layanan' }],
    },
  ];
  for (const raw of maps) {
    const m: ProcessMap = ProcessMapSchema.parse(raw);
    doc.maps[m.id] = m;
  }
  return doc;
}
