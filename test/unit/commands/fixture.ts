// A small document for the command tests: Dinas Kominfo (Kepala Dinas, Sekretaris with a Kasubbag, two Kabid with
// a Kasi each, JF and Pelaksana) and a second Perangkat Daerah, Badan Keuangan Daerah. Ids are readable on purpose.
import { expect } from 'vitest';
import { CommandError, executeAny, type Command, type Compound, type Executed } from '../../../src/commands/command';
import { emptyHistory, record, redo, undo } from '../../../src/commands/history';
import {
  CURRENT_VERSION,
  WorkspaceSchema,
  type Position,
  type PositionKind,
  type Unit,
  type Workspace,
} from '../../../src/model';

type UnitInput = Pick<Unit, 'id' | 'nama'> & Partial<Unit>;

export function unit(u: UnitInput): Unit {
  return { parentId: null, isPerangkatDaerah: false, tipePd: null, pengecualian: false, ...u };
}

export function position(
  id: string,
  nama: string,
  kind: PositionKind,
  unitId: string,
  superiorId: string | null,
  extra: Partial<Position> = {},
): Position {
  return {
    id,
    kode: '',
    nama,
    kind,
    jenjang: kind === 'fungsional' ? 'ahli-pertama' : null,
    unitId,
    superiorId,
    memimpinUnitMandiri: false,
    substansi: '',
    kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null,
    placement: null,
    ...extra,
  };
}

export function makeFixture(): Workspace {
  const units: Unit[] = [
    unit({ id: 'u_dinas', nama: 'Dinas Komunikasi dan Informatika', isPerangkatDaerah: true, tipePd: 'dinas' }),
    unit({ id: 'u_sekretariat', nama: 'Sekretariat', parentId: 'u_dinas' }),
    unit({ id: 'u_umum', nama: 'Subbagian Umum dan Kepegawaian', parentId: 'u_sekretariat' }),
    unit({ id: 'u_aptika', nama: 'Bidang Aplikasi Informatika', parentId: 'u_dinas' }),
    unit({ id: 'u_infra', nama: 'Seksi Infrastruktur', parentId: 'u_aptika' }),
    unit({ id: 'u_ikp', nama: 'Bidang Informasi dan Komunikasi Publik', parentId: 'u_dinas' }),
    unit({ id: 'u_media', nama: 'Seksi Media', parentId: 'u_ikp' }),
    unit({ id: 'u_bkd', nama: 'Badan Keuangan Daerah', isPerangkatDaerah: true, tipePd: 'badan' }),
    unit({ id: 'u_anggaran', nama: 'Bidang Anggaran', parentId: 'u_bkd' }),
  ];
  const positions: Position[] = [
    position('p_kadis', 'Kepala Dinas', 'jpt-pratama', 'u_dinas', null, { kode: '1', placement: { x: 0, y: 0 } }),
    position('p_sekretaris', 'Sekretaris', 'administrator', 'u_sekretariat', 'p_kadis', {
      kode: '1.1',
      placement: { x: -400, y: 200 },
    }),
    position('p_kasubbag', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 'u_umum', 'p_sekretaris', {
      kode: '1.1.1',
      placement: { x: -400, y: 400 },
    }),
    position('p_pengadministrasi', 'Pengadministrasi Umum', 'pelaksana', 'u_umum', 'p_kasubbag', { kode: '1.1.1.1' }),
    position('p_kabid_aptika', 'Kepala Bidang Aplikasi Informatika', 'administrator', 'u_aptika', 'p_kadis', {
      kode: '1.2',
      placement: { x: 0, y: 200 },
    }),
    position('p_pranata_muda', 'Pranata Komputer Ahli Muda', 'fungsional', 'u_aptika', 'p_kabid_aptika', {
      kode: '1.2.1',
      jenjang: 'ahli-muda',
      kelasJabatan: 9,
      pemangku: [{
        id: 'org_rina',
        nama: 'Rina Wulandari',
        nip: '198501012010012001',
        pendidikan: 'S1',
        golongan: 'III/c',
        predikatKinerja: 'baik',
        pengalamanTahun: 8,
      }],
    }),
    position('p_kasi_infra', 'Kepala Seksi Infrastruktur', 'pengawas', 'u_infra', 'p_kabid_aptika', {
      kode: '1.2.2',
      placement: { x: 0, y: 400 },
    }),
    position('p_pranata_pertama', 'Pranata Komputer Ahli Pertama', 'fungsional', 'u_infra', 'p_kasi_infra', {
      kode: '1.2.2.1',
    }),
    position('p_teknisi', 'Teknisi Jaringan', 'pelaksana', 'u_infra', 'p_kasi_infra', { kode: '1.2.2.2' }),
    position('p_kabid_ikp', 'Kepala Bidang Informasi dan Komunikasi Publik', 'administrator', 'u_ikp', 'p_kadis', {
      kode: '1.3',
      placement: { x: 400, y: 200 },
    }),
    position('p_kasi_media', 'Kepala Seksi Media', 'pengawas', 'u_media', 'p_kabid_ikp', {
      kode: '1.3.1',
      placement: { x: 400, y: 400 },
    }),
    position('p_pranata_humas', 'Pranata Hubungan Masyarakat Ahli Pertama', 'fungsional', 'u_media', 'p_kasi_media', {
      kode: '1.3.1.1',
    }),
    position('p_kaban', 'Kepala Badan Keuangan Daerah', 'jpt-pratama', 'u_bkd', null, {
      kode: '2',
      placement: { x: 1200, y: 0 },
    }),
    position('p_kabid_anggaran', 'Kepala Bidang Anggaran', 'administrator', 'u_anggaran', 'p_kaban', {
      kode: '2.1',
      placement: { x: 1200, y: 200 },
    }),
    position('p_analis', 'Analis Keuangan Pusat dan Daerah Ahli Pertama', 'fungsional', 'u_anggaran', 'p_kabid_anggaran', {
      kode: '2.1.1',
    }),
  ];
  return WorkspaceSchema.parse({
    format: 'petakerja',
    version: CURRENT_VERSION,
    id: 'doc_fixture',
    title: 'Struktur Dinas Kominfo',
    instansi: { nama: 'Pemerintah Kota Contoh', jenis: 'kota' },
    units: Object.fromEntries(units.map((u) => [u.id, u])),
    positions: Object.fromEntries(positions.map((p) => [p.id, p])),
    teams: {
      t_sip: {
        id: 't_sip',
        nama: 'Tim Sistem Informasi Pelayanan',
        ownerUnitId: 'u_aptika',
        pimpinanUnitId: 'p_kabid_aptika',
        penilaiKinerjaId: 'p_kabid_aptika',
        penanggungjawabId: 'p_kadis',
        members: [
          { id: 'm1', role: 'ketua', positionId: 'p_pranata_muda' },
          { id: 'm2', role: 'anggota', positionId: 'p_pranata_pertama' },
          { id: 'm3', role: 'anggota', positionId: 'p_pranata_humas' },
          { id: 'm4', role: 'anggota', external: { nama: 'Budi', instansi: 'Diskominfo Provinsi', jabatan: '' } },
        ],
      },
    },
    maps: {
      m_ikp: { id: 'm_ikp', kind: 'relasi', title: 'Peta Relasi Bidang IKP', ownerUnitId: 'u_ikp' },
    },
  });
}

/** Everything that would make the document invalid or leave a reference dangling; [] for a sound document. */
export function problemsOf(doc: Workspace): string[] {
  const problems: string[] = [];
  const parsed = WorkspaceSchema.safeParse(doc);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `schema ${i.path.join('.')}: ${i.message}`));
  for (const [key, u] of Object.entries(doc.units)) {
    if (key !== u.id) problems.push(`unit key ${key} ≠ ${u.id}`);
    if (u.parentId !== null && !doc.units[u.parentId]) problems.push(`unit ${u.id}: parent ${u.parentId} missing`);
  }
  for (const [key, p] of Object.entries(doc.positions)) {
    if (key !== p.id) problems.push(`position key ${key} ≠ ${p.id}`);
    if (!doc.units[p.unitId]) problems.push(`position ${p.id}: unit ${p.unitId} missing`);
    if (p.superiorId !== null && !doc.positions[p.superiorId]) {
      problems.push(`position ${p.id}: superior ${p.superiorId} missing`);
    }
    if (p.kind !== 'fungsional' && p.jenjang !== null) problems.push(`position ${p.id}: jenjang on ${p.kind}`);
    if (p.kind !== 'fungsional' && p.memimpinUnitMandiri) problems.push(`position ${p.id}: mandiri on ${p.kind}`);
  }
  for (const t of Object.values(doc.teams)) {
    for (const m of t.members) {
      if (m.positionId !== null && !doc.positions[m.positionId]) {
        problems.push(`team ${t.id}: member ${m.id} → ${m.positionId} missing`);
      }
    }
    for (const f of ['pimpinanUnitId', 'penilaiKinerjaId', 'penanggungjawabId'] as const) {
      const v = t[f];
      if (v !== null && !doc.positions[v]) problems.push(`team ${t.id}: ${f} → ${v} missing`);
    }
    if (t.ownerUnitId !== null && !doc.units[t.ownerUnitId]) problems.push(`team ${t.id}: owner unit missing`);
  }
  for (const m of Object.values(doc.maps)) {
    if (m.ownerUnitId !== null && !doc.units[m.ownerUnitId]) problems.push(`map ${m.id}: owner unit missing`);
  }
  return problems;
}

/**
 * execute → record → undo (must give back the original) → redo (must give back the result). Also checks the
 * result is a sound document and that the command really changed something.
 */
export function roundTrip<A>(doc: Workspace, command: Command<A> | Compound<A>, args: A): Executed {
  const executed = executeAny(doc, command, args);
  expect(executed.patches.length).toBeGreaterThan(0);
  expect(problemsOf(executed.doc)).toEqual([]);
  const history = record(emptyHistory(), executed);
  expect(history.past).toHaveLength(1);
  const undone = undo(history, executed.doc);
  expect(undone).not.toBeNull();
  expect(undone!.doc).toStrictEqual(doc);
  expect(undone!.label).toBe(executed.label);
  const redone = redo(undone!.history, undone!.doc);
  expect(redone).not.toBeNull();
  expect(redone!.doc).toStrictEqual(executed.doc);
  expect(redone!.history.future).toHaveLength(0);
  return executed;
}

/** The CommandError message a call throws; fails the test when it does not throw one. */
export function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CommandError) return e.message;
    throw e;
  }
  throw new Error('expected a CommandError, but the command succeeded');
}
