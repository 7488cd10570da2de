// Every map command: execute → undo → redo (roundTrip), what it does, and what it refuses.
import { describe, expect, it } from 'vitest';
import {
  addArrow,
  addLane,
  addNode,
  addProcess,
  addStep,
  applyMapLayout,
  CommandError,
  createMap,
  deleteMap,
  execute,
  moveNodes,
  moveProcess,
  relabelArrow,
  removeArrows,
  removeLane,
  removeNodes,
  removeProcess,
  removeStep,
  reorderSteps,
  setStakeholders,
  updateLane,
  updateMapMeta,
  updateNode,
  updateProcess,
  updateStep,
  type ProcessChanges,
} from '../../../src/commands';
import { newMap, type LevelMap, type LintasFungsiMap, type MapProcess, type ProcessMap, type RelasiMap, type SubprosesMap, type Workspace } from '../../../src/model';
import { roundTrip } from '../commands/fixture';
import { mapFixture } from './fixture';

const level = (doc: Workspace, id: string) => doc.maps[id] as LevelMap;
const lf = (doc: Workspace, id = 'm_lf') => doc.maps[id] as LintasFungsiMap;
const codes = (doc: Workspace, id: string) => level(doc, id).processes.map((p) => p.kode);
const proc = (id: string, nama: string, kategori: MapProcess['kategori'], kode = ''): MapProcess => ({
  id,
  kode,
  nama,
  kategori,
  pengampuUnitId: null,
  sipoc: { supplier: [], input: [], output: [], customer: [] },
  keterangan: '',
});

function refuses<A>(doc: Workspace, command: Parameters<typeof execute<A>>[1], args: A, message: RegExp): void {
  expect(() => execute(doc, command, args)).toThrow(CommandError);
  expect(() => execute(doc, command, args)).toThrow(message);
}

describe('createMap', () => {
  it('creates a top map and a derivative one level down, owned by the parent process pengampu', () => {
    const doc = mapFixture();
    const top = roundTrip(doc, createMap, { map: newMap(doc, { id: 'm_new', kind: 'level', title: 'Level 0 Pemda', level: 0 }) });
    expect(top.doc.maps.m_new).toMatchObject({ kind: 'level', level: 0, parent: null });
    const d = newMap(doc, { id: 'm_umum', kind: 'level', title: 'Turunan Umum', parent: { mapId: 'm_l1', processId: 'p_umum' } });
    expect(d).toMatchObject({ level: 2, ownerUnitId: 'u_umum' });
    const done = roundTrip(doc, createMap, { map: d });
    expect(done.label).toBe('Buat peta «Turunan Umum»');
    const lfMap = newMap(doc, { id: 'm_lf2', kind: 'lintas-fungsi', title: 'LF', parent: { mapId: 'm_l1', processId: 'p_apl' } });
    expect(roundTrip(doc, createMap, { map: lfMap }).doc.maps.m_lf2.kind).toBe('lintas-fungsi');
  });

  it('takes a boundAs snapshot for lanes bound to positions', () => {
    const doc = mapFixture();
    const m = newMap(doc, { id: 'm_x', kind: 'lintas-fungsi', title: 'X' }) as LintasFungsiMap;
    m.lanes.push({ id: 'l', label: 'Kasi', binding: { kind: 'position', id: 'p_kasi_media', boundAs: null }, size: 260 });
    const out = roundTrip(doc, createMap, { map: m }).doc;
    expect(lf(out, 'm_x').lanes[0].binding).toEqual({
      kind: 'position',
      id: 'p_kasi_media',
      boundAs: { nama: 'Kepala Seksi Media', positionKind: 'pengawas', unitId: 'u_media' },
    });
  });

  it('refuses a taken id, a missing parent, a wrong level, a second level derivative of one process', () => {
    const doc = mapFixture();
    refuses(doc, createMap, { map: newMap(doc, { id: 'm_l1', kind: 'relasi', title: 'x' }) }, /sudah dipakai/);
    refuses(doc, createMap, { map: newMap(doc, { id: 'm_y', kind: 'level', title: 'x', parent: { mapId: 'm_l1', processId: 'hilang' } }) }, /Proses induk/);
    const wrong = { ...newMap(doc, { id: 'm_y', kind: 'level', title: 'x', parent: { mapId: 'm_l1', processId: 'p_umum' } }), level: 3 } as ProcessMap;
    refuses(doc, createMap, { map: wrong }, /level 2, bukan 3/);
    refuses(doc, createMap, { map: newMap(doc, { id: 'm_y', kind: 'level', title: 'x', parent: { mapId: 'm_l1', processId: 'p_apl' } }) }, /sudah memiliki peta turunan «Turunan Layanan Aplikasi»/);
    refuses(doc, createMap, { map: newMap(doc, { id: 'm_y', kind: 'relasi', title: 'x', ownerUnitId: 'u_hilang' }) }, /Unit pemilik/);
  });
});

describe('updateMapMeta', () => {
  it('changes title, owner, orientation and metadata; ditetapkan only with SK number and date', () => {
    const doc = mapFixture();
    const a = roundTrip(doc, updateMapMeta, { mapId: 'm_lf', changes: { title: 'Baru', ownerUnitId: 'u_infra', orientation: 'rows', meta: { tahun: 2025, revisi: 1 } } });
    expect(a.doc.maps.m_lf).toMatchObject({ title: 'Baru', ownerUnitId: 'u_infra', orientation: 'rows', meta: { tahun: 2025, revisi: 1, status: 'draf' } });
    refuses(doc, updateMapMeta, { mapId: 'm_lf', changes: { meta: { status: 'ditetapkan' } } }, /nomor dan tanggal SK/);
    const sk = roundTrip(doc, updateMapMeta, { mapId: 'm_lf', changes: { meta: { status: 'ditetapkan', skNomor: '061/1/2024', skTanggal: '2024-02-01' } } });
    expect(sk.doc.maps.m_lf.meta.status).toBe('ditetapkan');
    refuses(doc, updateMapMeta, { mapId: 'm_l1', changes: { orientation: 'rows' } }, /lintas fungsi/);
    refuses(doc, updateMapMeta, { mapId: 'm_l1', changes: { title: '  ' } }, /Judul/);
  });

  it('edits the SOP identity block of a lintas fungsi map (execute, undo, redo), and only there', () => {
    const doc = mapFixture();
    expect(lf(doc).sop.nomor).toBe('');
    const a = roundTrip(doc, updateMapMeta, { mapId: 'm_lf', changes: { sop: { nomor: '800/SOP/01/2026', tanggalEfektif: '2026-02-01', dasarHukum: 'Perwali 1/2026; Perwali 2/2026' } } });
    expect(lf(a.doc).sop).toMatchObject({ nomor: '800/SOP/01/2026', tanggalEfektif: '2026-02-01', dasarHukum: 'Perwali 1/2026; Perwali 2/2026', peringatan: '' });
    refuses(doc, updateMapMeta, { mapId: 'm_l1', changes: { sop: { nomor: 'x' } } }, /lintas fungsi/);
  });
});

describe('deleteMap', () => {
  it('deletes the map with its whole derivative subtree', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, deleteMap, { mapId: 'm_l2' });
    expect(Object.keys(done.doc.maps).sort()).toEqual(['m_ikp', 'm_l1']);
    expect(done.label).toBe('Hapus peta «Turunan Layanan Aplikasi» beserta 3 peta turunan');
  });
});

describe('level map processes', () => {
  it('addProcess numbers a new process below the code base, in its band', () => {
    const doc = mapFixture();
    const a = roundTrip(doc, addProcess, { mapId: 'm_l2', process: proc('q_new', 'Keamanan', 'inti') });
    expect(codes(a.doc, 'm_l2')).toEqual(['02.01', '02.02', '02.03']);
    const b = roundTrip(doc, addProcess, { mapId: 'm_l1', process: proc('p_m2', 'Evaluasi', 'manajemen') });
    expect(level(b.doc, 'm_l1').processes.map((p) => p.id)).toEqual(['p_renc', 'p_m2', 'p_apl', 'p_umum']);
    expect(codes(b.doc, 'm_l1')).toEqual(['01', '04', '02', '03']);
    const c = roundTrip(doc, addProcess, { mapId: 'm_l1', process: proc('p_first', 'Pertama', 'inti', 'X.1'), bandIndex: 0 });
    expect(level(c.doc, 'm_l1').processes.map((p) => p.kode)).toEqual(['01', 'X.1', '02', '03']);
    refuses(doc, addProcess, { mapId: 'm_lf', process: proc('z', 'Z', 'inti') }, /peta lintas fungsi/);
    refuses(doc, addProcess, { mapId: 'm_l1', process: proc('p_apl', 'Z', 'inti') }, /sudah dipakai/);
  });

  it('updateProcess carries a new code down every derivative map', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, updateProcess, { mapId: 'm_l1', processId: 'p_apl', changes: { kode: '05', sipoc: { output: ['Aplikasi', 'Data'] } } });
    expect(codes(done.doc, 'm_l1')).toEqual(['01', '05', '03']);
    expect(codes(done.doc, 'm_l2')).toEqual(['05.01', '05.02']);
    expect(codes(done.doc, 'm_l3')).toEqual(['05.01.01']);
    expect(level(done.doc, 'm_l1').processes[1].sipoc).toMatchObject({ input: ['Kebutuhan'], output: ['Aplikasi', 'Data'] });
    refuses(doc, updateProcess, { mapId: 'm_l1', processId: 'p_apl', changes: { pengampuUnitId: 'u_hilang' } }, /Unit pengampu/);
    // the band changes only through moveProcess (which renumbers)
    refuses(doc, updateProcess, { mapId: 'm_l1', processId: 'p_apl', changes: { kategori: 'pendukung' } as unknown as ProcessChanges }, /moveProcess/);
  });

  it('moveProcess between bands renumbers codes as text, and the derivatives follow', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, moveProcess, { mapId: 'm_l1', processId: 'p_apl', kategori: 'manajemen', bandIndex: 0 });
    expect(level(done.doc, 'm_l1').processes.map((p) => [p.id, p.kategori, p.kode])).toEqual([
      ['p_apl', 'manajemen', '01'],
      ['p_renc', 'manajemen', '02'],
      ['p_umum', 'pendukung', '03'],
    ]);
    expect(codes(done.doc, 'm_l2')).toEqual(['01.01', '01.02']);
    expect(codes(done.doc, 'm_l3')).toEqual(['01.01.01']);
    expect(done.label).toBe('Pindahkan proses «Layanan Aplikasi» ke kelompok Manajemen');
    // no renumbering on request; a no-op move changes nothing
    const kept = roundTrip(doc, moveProcess, { mapId: 'm_l1', processId: 'p_umum', kategori: 'inti', renumber: false });
    expect(codes(kept.doc, 'm_l1')).toEqual(['01', '02', '03']);
    expect(execute(doc, moveProcess, { mapId: 'm_l1', processId: 'p_apl', kategori: 'inti' }).patches).toEqual([]);
  });

  it('renumbers past nine without coercing: 10 follows 09, and "1.10" stays apart from "1.1"', () => {
    const doc = mapFixture();
    let cur = doc;
    for (let i = 0; i < 9; i++) cur = execute(cur, addProcess, { mapId: 'm_l2', process: proc(`x${i}`, `X${i}`, 'pendukung') }).doc;
    expect(codes(cur, 'm_l2').slice(-2)).toEqual(['02.10', '02.11']);
    const moved = execute(cur, moveProcess, { mapId: 'm_l2', processId: 'x8', kategori: 'inti', bandIndex: 0 }).doc;
    expect(level(moved, 'm_l2').processes.map((p) => p.kode)).toEqual(['02.01', '02.02', '02.03', '02.04', '02.05', '02.06', '02.07', '02.08', '02.09', '02.10', '02.11']);
    expect(level(moved, 'm_l2').processes[0].id).toBe('x8');
    // the derivative of q_infra (formerly 02.01, now 02.02) followed
    expect(codes(moved, 'm_l3')).toEqual(['02.02.01']);
  });

  it('removeProcess removes the process and its derivative maps', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, removeProcess, { mapId: 'm_l1', processId: 'p_apl' });
    expect(codes(done.doc, 'm_l1')).toEqual(['01', '03']);
    expect(Object.keys(done.doc.maps).sort()).toEqual(['m_ikp', 'm_l1']);
  });

  it('setStakeholders replaces the stakeholders', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, setStakeholders, { mapId: 'm_l1', stakeholders: [{ id: 's1', nama: 'DPRD', side: 'output' }] });
    expect(level(done.doc, 'm_l1').stakeholders).toEqual([{ id: 's1', nama: 'DPRD', side: 'output' }]);
    refuses(doc, setStakeholders, { mapId: 'm_l1', stakeholders: [{ id: 's', nama: 'A', side: 'input' }, { id: 's', nama: 'B', side: 'input' }] }, /ganda/);
  });
});

describe('lanes', () => {
  it('addLane snapshots a position binding; refuses a binding to nothing', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, addLane, { mapId: 'm_lf', lane: { id: 'ln_new', label: 'Teknisi', binding: { kind: 'position', id: 'p_teknisi', boundAs: null }, size: 240 }, index: 0 });
    expect(lf(done.doc).lanes[0]).toMatchObject({ id: 'ln_new', binding: { boundAs: { positionKind: 'pelaksana', unitId: 'u_infra' } } });
    refuses(doc, addLane, { mapId: 'm_lf', lane: { id: 'l2', label: 'x', binding: { kind: 'team', id: 't_hilang' }, size: 200 } }, /Tim Kerja/);
  });

  it('updateLane re-binds (fresh snapshot), renames, resizes and reorders', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, updateLane, {
      mapId: 'm_lf',
      laneId: 'ln_kasi',
      changes: { label: 'Tim SIP', binding: { kind: 'team', id: 't_sip' }, size: 300, index: 0 },
    });
    expect(lf(done.doc).lanes.map((l) => l.id)).toEqual(['ln_kasi', 'ln_kabid', 'ln_pd']);
    expect(lf(done.doc).lanes[0]).toMatchObject({ label: 'Tim SIP', binding: { kind: 'team', id: 't_sip' }, size: 300 });
    refuses(doc, updateLane, { mapId: 'm_lf', laneId: 'ln_kasi', changes: { size: 5 } }, /Lajur/);
  });

  it('removeLane refuses while symbols stand in it, or moves them to another lane', () => {
    const doc = mapFixture();
    refuses(doc, removeLane, { mapId: 'm_lf', laneId: 'ln_kasi' }, /masih berisi 1 simbol/);
    const done = roundTrip(doc, removeLane, { mapId: 'm_lf', laneId: 'ln_kasi', moveNodesTo: 'ln_kabid' });
    expect(lf(done.doc).nodes.find((n) => n.id === 'n_kerja')!.laneId).toBe('ln_kabid');
    expect(lf(done.doc).lanes.map((l) => l.id)).toEqual(['ln_kabid', 'ln_pd']);
  });
});

describe('symbols and boxes', () => {
  it('addNode takes the lane under a placed symbol; relasi boxes must stand for something', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, addNode, {
      mapId: 'm_lf',
      node: { id: 'n_new', type: 'activity', label: 'Mengarsipkan', laneId: null, placement: { x: 270, y: 500 }, sumber: '', mutuBaku: { kelengkapan: '', waktu: '', output: '' }, keterangan: '' },
    });
    expect(lf(done.doc).nodes.at(-1)!.laneId).toBe('ln_kasi');
    const box = roundTrip(doc, addNode, { mapId: 'm_ikp', node: { id: 'b_bkd', ref: { kind: 'unit', id: 'u_bkd' }, placement: null } });
    expect((box.doc.maps.m_ikp as RelasiMap).boxes).toHaveLength(4);
    refuses(doc, addNode, { mapId: 'm_ikp', node: { id: 'b_x', ref: { kind: 'unit', id: 'u_hilang' }, placement: null } }, /Unit/);
    refuses(doc, addNode, { mapId: 'm_l1', node: { id: 'b_x', ref: { kind: 'luar', nama: 'x' }, placement: null } }, /perintah ini untuk peta lintas fungsi atau peta relasi/);
  });

  it('moveNodes re-binds a symbol dropped in another lane and keeps the lane when dropped outside', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, moveNodes, { mapId: 'm_lf', moves: [{ id: 'n_kerja', to: { x: 560, y: 330 } }, { id: 'n_tolak', to: { x: 900, y: 330 } }] });
    const nodes = lf(done.doc).nodes;
    expect(nodes.find((n) => n.id === 'n_kerja')).toMatchObject({ laneId: 'ln_pd', placement: { x: 560, y: 330 } });
    expect(nodes.find((n) => n.id === 'n_tolak')).toMatchObject({ laneId: 'ln_kabid', placement: { x: 900, y: 330 } });
    const box = roundTrip(doc, moveNodes, { mapId: 'm_ikp', moves: [{ id: 'b_masy', to: { x: 10, y: 10 } }] });
    expect((box.doc.maps.m_ikp as RelasiMap).boxes[2].placement).toEqual({ x: 10, y: 10 });
    refuses(doc, moveNodes, { mapId: 'm_lf', moves: [{ id: 'n_kerja', to: { x: Number.NaN, y: 0 } }] }, /koordinat/);
  });

  it('updateNode merges mutu baku and refuses fields the symbol does not have', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, updateNode, { mapId: 'm_lf', nodeId: 'n_minta', changes: { mutuBaku: { waktu: '2 hari' }, keterangan: 'Lewat surat', sumber: 'SOP lama' } });
    expect(lf(done.doc).nodes[1]).toMatchObject({ mutuBaku: { kelengkapan: 'Formulir', waktu: '2 hari', output: 'Surat permintaan' }, keterangan: 'Lewat surat' });
    refuses(doc, updateNode, { mapId: 'm_lf', nodeId: 'n_putus', changes: { mutuBaku: { waktu: '1' } } }, /tidak memiliki isian mutuBaku/);
    const box = roundTrip(doc, updateNode, { mapId: 'm_ikp', nodeId: 'b_masy', changes: { ref: { kind: 'luar', nama: 'Warga' } } });
    expect((box.doc.maps.m_ikp as RelasiMap).boxes[2].ref).toEqual({ kind: 'luar', nama: 'Warga' });
  });

  it('removeNodes takes the touching arrows with it', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, removeNodes, { mapId: 'm_lf', ids: ['n_putus'] });
    expect(lf(done.doc).arrows.map((a) => a.id)).toEqual(['a1', 'a5', 'a6']);
    const box = roundTrip(doc, removeNodes, { mapId: 'm_ikp', ids: ['b_apt'] });
    expect((box.doc.maps.m_ikp as RelasiMap).arrows).toEqual([]);
  });
});

describe('arrows', () => {
  it('addArrow connects existing symbols only; relabel and remove', () => {
    const doc = mapFixture();
    const a = roundTrip(doc, addArrow, { mapId: 'm_lf', arrow: { id: 'a7', source: 'n_tolak', target: 'n_minta', label: '' } });
    expect(lf(a.doc).arrows).toHaveLength(7);
    refuses(doc, addArrow, { mapId: 'm_lf', arrow: { id: 'a8', source: 'n_tolak', target: 'hilang', label: '' } }, /dua simbol/);
    refuses(doc, addArrow, { mapId: 'm_lf', arrow: { id: 'a8', source: 'n_tolak', target: 'n_tolak', label: '' } }, /dirinya sendiri/);
    const r = roundTrip(doc, addArrow, { mapId: 'm_ikp', arrow: { id: 'ra2', source: 'b_ikp', target: 'b_masy', label: 'Informasi publik', jenis: 'layanan' } });
    expect((r.doc.maps.m_ikp as RelasiMap).arrows[1]).toMatchObject({ label: 'Informasi publik', jenis: 'layanan' });
    const l = roundTrip(doc, relabelArrow, { mapId: 'm_lf', arrowId: 'a3', label: 'Setuju' });
    expect(lf(l.doc).arrows[2].label).toBe('Setuju');
    const j = roundTrip(doc, relabelArrow, { mapId: 'm_ikp', arrowId: 'ra1', label: 'Data aplikasi', jenis: 'data' });
    expect((j.doc.maps.m_ikp as RelasiMap).arrows[0]).toMatchObject({ label: 'Data aplikasi', jenis: 'data' });
    refuses(doc, relabelArrow, { mapId: 'm_lf', arrowId: 'a3', label: 'x', jenis: 'data' }, /relasi/);
    const rm = roundTrip(doc, removeArrows, { mapId: 'm_lf', ids: ['a3', 'a4'] });
    expect(lf(rm.doc).arrows.map((x) => x.id)).toEqual(['a1', 'a2', 'a5', 'a6']);
  });
});

describe('subproses steps', () => {
  const steps = (doc: Workspace) => (doc.maps.m_sub as SubprosesMap).steps;
  it('add, update, remove and reorder', () => {
    const doc = mapFixture();
    const a = roundTrip(doc, addStep, { mapId: 'm_sub', step: { id: 'st0', nama: 'Rencana', output: 'Rencana kerja', pengampuId: 'p_kasi_infra', keterangan: '' }, index: 0 });
    expect(steps(a.doc).map((s) => s.id)).toEqual(['st0', 'st1', 'st2', 'st3']);
    const u = roundTrip(doc, updateStep, { mapId: 'm_sub', stepId: 'st2', changes: { output: 'Jaringan aktif', pengampuId: null } });
    expect(steps(u.doc)[1]).toMatchObject({ output: 'Jaringan aktif', pengampuId: null });
    const r = roundTrip(doc, removeStep, { mapId: 'm_sub', stepId: 'st2' });
    expect(steps(r.doc).map((s) => s.id)).toEqual(['st1', 'st3']);
    const o = roundTrip(doc, reorderSteps, { mapId: 'm_sub', stepIds: ['st3', 'st1', 'st2'] });
    expect(steps(o.doc).map((s) => s.id)).toEqual(['st3', 'st1', 'st2']);
    refuses(doc, reorderSteps, { mapId: 'm_sub', stepIds: ['st3', 'st1'] }, /tepat satu kali/);
    refuses(doc, addStep, { mapId: 'm_sub', step: { id: 'st9', nama: 'x', output: '', pengampuId: 'p_hilang', keterangan: '' } }, /Jabatan/);
  });
});

describe('applyMapLayout', () => {
  it('places symbols and sizes lanes in one step', () => {
    const doc = mapFixture();
    const done = roundTrip(doc, applyMapLayout, { mapId: 'm_lf', placements: { n_mulai: { x: 1, y: 2 } }, laneSizes: { ln_pd: 320 } });
    expect(lf(done.doc).nodes[0].placement).toEqual({ x: 1, y: 2 });
    expect(lf(done.doc).lanes[2].size).toBe(320);
    refuses(doc, applyMapLayout, { mapId: 'm_lf', placements: { hilang: { x: 1, y: 2 } } }, /tidak ditemukan/);
  });
});
