// Penyetaraan simulation (issue 17 item 3): a Dinas with three Seksi converted — chosen by rule, previewed (structure,
// findings before and after, matriks perubahan), applied as one undo step that undo reverses exactly.
import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo } from '../../../src/commands/history';
import { planPenyetaraan, previewPenyetaraan, selectForPenyetaraan } from '../../../src/commands';
import { CURRENT_VERSION, WorkspaceSchema, type Workspace } from '../../../src/model';
import { lint } from '../../../src/rules';
import { position, problemsOf, refusal, unit } from './fixture';

function dinasWithThreeSeksi(): Workspace {
  const units = [
    unit({ id: 'u_dinas', nama: 'Dinas Pertanian', isPerangkatDaerah: true, tipePd: 'dinas' }),
    unit({ id: 'u_bidang', nama: 'Bidang Tanaman Pangan', parentId: 'u_dinas' }),
    unit({ id: 'u_s1', nama: 'Seksi Perbenihan', parentId: 'u_bidang' }),
    unit({ id: 'u_s2', nama: 'Seksi Produksi', parentId: 'u_bidang' }),
    unit({ id: 'u_s3', nama: 'Seksi Perlindungan Tanaman', parentId: 'u_bidang', pengecualian: true }),
    unit({ id: 'u_bkd', nama: 'Badan Keuangan Daerah', isPerangkatDaerah: true, tipePd: 'badan' }),
  ];
  const positions = [
    position('p_kadis', 'Kepala Dinas Pertanian', 'jpt-pratama', 'u_dinas', null, { kode: '1' }),
    position('p_kabid', 'Kepala Bidang Tanaman Pangan', 'administrator', 'u_bidang', 'p_kadis', { kode: '1.1' }),
    position('p_kasi1', 'Kepala Seksi Perbenihan', 'pengawas', 'u_s1', 'p_kabid', { kode: '1.1.1', kelasJabatan: 9, kebutuhan: 1, pemangku: [{ id: 'org_a', nama: 'Ani' }] as never }),
    position('p_jf1', 'Pengawas Benih Tanaman Ahli Pertama', 'fungsional', 'u_s1', 'p_kasi1', { kode: '1.1.1.1' }),
    position('p_pel1', 'Pengadministrasi Perbenihan', 'pelaksana', 'u_s1', 'p_kasi1', { kode: '1.1.1.2' }),
    position('p_kasi2', 'Kepala Seksi Produksi', 'pengawas', 'u_s2', 'p_kabid', { kode: '1.1.2', kelasJabatan: 9 }),
    position('p_pel2', 'Pengolah Data Produksi', 'pelaksana', 'u_s2', 'p_kasi2', { kode: '1.1.2.1' }),
    position('p_kasi3', 'Kepala Seksi Perlindungan Tanaman', 'pengawas', 'u_s3', 'p_kabid', { kode: '1.1.3', kelasJabatan: 9, kebutuhan: 2 }),
    position('p_jf3', 'POPT Ahli Pertama', 'fungsional', 'u_s3', 'p_kasi3', { kode: '1.1.3.1' }),
    position('p_kaban', 'Kepala Badan Keuangan Daerah', 'jpt-pratama', 'u_bkd', null, { kode: '2' }),
    position('p_kasubbid', 'Kepala Subbidang Anggaran', 'pengawas', 'u_bkd', 'p_kaban', { kode: '2.1' }),
  ];
  return WorkspaceSchema.parse({
    format: 'petakerja',
    version: CURRENT_VERSION,
    id: 'doc_tani',
    title: 'Dinas Pertanian',
    instansi: { nama: 'Pemerintah Kabupaten Contoh', jenis: 'kabupaten' },
    units: Object.fromEntries(units.map((u) => [u.id, u])),
    positions: Object.fromEntries(positions.map((p) => [p.id, p])),
    teams: {
      t_benih: {
        id: 't_benih',
        nama: 'Tim Benih Unggul',
        ownerUnitId: 'u_s1',
        pimpinanUnitId: 'p_kasi1',
        penilaiKinerjaId: 'p_kasi1',
        penanggungjawabId: 'p_kadis',
        members: [
          { id: 'm1', role: 'ketua', positionId: 'p_jf1' },
          { id: 'm2', role: 'anggota', positionId: 'p_pel2' },
        ],
      },
    },
    maps: {
      m_lf: {
        id: 'm_lf',
        kind: 'lintas-fungsi',
        title: 'SOP Sertifikasi Benih',
        ownerUnitId: 'u_s1',
        lanes: [
          { id: 'l_kasi', label: 'Kepala Seksi', binding: { kind: 'position', id: 'p_kasi1', boundAs: { nama: 'Kepala Seksi Perbenihan', positionKind: 'pengawas', unitId: 'u_s1' } } },
          { id: 'l_seksi', label: 'Seksi Produksi', binding: { kind: 'unit', id: 'u_s2' } },
        ],
      },
      m_sub: {
        id: 'm_sub',
        kind: 'subproses',
        title: 'Subproses Produksi',
        ownerUnitId: 'u_bidang',
        steps: [{ id: 'st1', nama: 'Menyusun rencana produksi', pengampuId: 'p_kasi2' }],
      },
    },
  });
}

describe('penyetaraan simulation', () => {
  it('chooses by rule: every Kepala Seksi in the Dinas (not the Subbidang of another PD)', () => {
    const doc = dinasWithThreeSeksi();
    expect(selectForPenyetaraan(doc, { kind: 'pengawas', namaAwalan: 'kepala seksi', unitId: 'u_dinas' })).toEqual(['p_kasi1', 'p_kasi2', 'p_kasi3']);
    expect(selectForPenyetaraan(doc, { kind: 'pengawas' })).toEqual(['p_kasi1', 'p_kasi2', 'p_kasi3', 'p_kasubbid']);
    expect(selectForPenyetaraan(doc, { kind: 'administrator', unitId: 'u_bkd' })).toEqual([]);
  });

  it('three Seksi converted: structure, teams and lanes re-pointed, findings before/after, matriks; one undo step', () => {
    const doc = dinasWithThreeSeksi();
    const ids = selectForPenyetaraan(doc, { kind: 'pengawas', namaAwalan: 'Kepala Seksi', unitId: 'u_dinas' });
    const preview = previewPenyetaraan(doc, { positionIds: ids, keepUnitIds: ['u_s3'], names: { p_kasi1: 'Pengawas Benih Tanaman Ahli Muda' } });
    const { plan, after } = preview;
    // the preview did not touch the document
    expect(doc.positions.p_kasi1.kind).toBe('pengawas');
    // the converted officials: JF Ahli Muda under the Kepala Bidang, kelas/K/pemangku kept
    for (const id of ids) {
      expect(after.positions[id]).toMatchObject({ kind: 'fungsional', jenjang: 'ahli-muda', superiorId: 'p_kabid', memimpinUnitMandiri: false, kelasJabatan: doc.positions[id].kelasJabatan, kebutuhan: doc.positions[id].kebutuhan });
      expect(after.positions[id].pemangku).toEqual(doc.positions[id].pemangku);
    }
    expect(after.positions.p_kasi1.nama).toBe('Pengawas Benih Tanaman Ahli Muda');
    expect(after.positions.p_kasi2.nama).toBe('JF Ahli Muda eks Kepala Seksi Produksi');
    // their JF and Pelaksana re-attach to the next official up
    for (const id of ['p_jf1', 'p_pel1', 'p_pel2', 'p_jf3']) expect(after.positions[id].superiorId).toBe('p_kabid');
    expect(plan.reattached.map((r) => r.positionId)).toEqual(['p_jf1', 'p_pel1', 'p_pel2', 'p_jf3']);
    // two Seksi merge into the Bidang; the one marked kept stays
    expect(plan.conversions.map((c) => [c.unitId, c.unitAction])).toEqual([['u_s1', 'merge'], ['u_s2', 'merge'], ['u_s3', 'keep']]);
    expect(Object.keys(after.units).sort()).toEqual(['u_bidang', 'u_bkd', 'u_dinas', 'u_s3']);
    for (const id of ['p_kasi1', 'p_jf1', 'p_pel1', 'p_kasi2', 'p_pel2']) expect(after.positions[id].unitId).toBe('u_bidang');
    expect(after.positions.p_kasi3.unitId).toBe('u_s3');
    // Tim Kerja and map lanes re-pointed, and listed
    expect(plan.teams).toEqual([
      { teamId: 't_benih', field: 'pimpinanUnitId', from: 'p_kasi1', to: 'p_kabid' },
      { teamId: 't_benih', field: 'penilaiKinerjaId', from: 'p_kasi1', to: 'p_kabid' },
    ]);
    expect(after.teams.t_benih).toMatchObject({ ownerUnitId: 'u_bidang', pimpinanUnitId: 'p_kabid', penilaiKinerjaId: 'p_kabid', penanggungjawabId: 'p_kadis' });
    expect(plan.ownedByMerged).toEqual([{ kind: 'tim', id: 't_benih', nama: 'Tim Benih Unggul', unitId: 'u_s1' }, { kind: 'peta', id: 'm_lf', nama: 'SOP Sertifikasi Benih', unitId: 'u_s1' }]);
    expect(plan.lanes).toEqual([{ mapId: 'm_lf', laneId: 'l_kasi', from: 'p_kasi1', to: 'p_kabid' }]);
    const lf = after.maps.m_lf;
    if (lf.kind !== 'lintas-fungsi') throw new Error('kind');
    expect(lf.lanes[0].binding).toEqual({ kind: 'position', id: 'p_kabid', boundAs: { nama: 'Kepala Bidang Tanaman Pangan', positionKind: 'administrator', unitId: 'u_bidang' } });
    expect(lf.lanes[1].binding).toEqual({ kind: 'unit', id: 'u_bidang' });
    expect(lf.ownerUnitId).toBe('u_bidang');
    const sub = after.maps.m_sub;
    if (sub.kind !== 'subproses') throw new Error('kind');
    expect(sub.steps[0].pengampuId).toBe('p_kabid');
    expect(problemsOf(after)).toEqual([]);
    // findings before and after side by side: the kept Seksi now has no head (KED-08), the others are resolved
    const before = lint(doc);
    const afterFindings = lint(after);
    const key = (f: { ruleId: string; subjects: string[] }) => `${f.ruleId}|${f.subjects.join(',')}`;
    const afterKeys = new Set(afterFindings.map(key));
    const beforeKeys = new Set(before.map(key));
    // the preview carries both lists for the side-by-side view
    expect(preview.findingsBefore.map(key)).toEqual(before.map(key));
    expect(preview.findingsAfter.map(key)).toEqual(afterFindings.map(key));
    for (const f of preview.comparison.findings.introduced) expect(afterKeys.has(key(f)) && !beforeKeys.has(key(f)), key(f)).toBe(true);
    for (const f of preview.comparison.findings.resolved) expect(beforeKeys.has(key(f)), key(f)).toBe(true);
    expect(preview.comparison.findings.introduced.some((f) => f.ruleId === 'KED-08' && f.subjects.includes('u_s3'))).toBe(true);
    expect(before.some((f) => f.ruleId === 'KED-08' && f.subjects.includes('u_s3'))).toBe(false);
    // the matriks perubahan: the three disetarakan, their subordinates dipindah
    const rows = preview.comparison.rows;
    const byId = new Map(rows.map((r) => [r.idBaru, r]));
    expect(byId.get('p_kasi2')).toMatchObject({
      jabatanLama: 'Kepala Seksi Produksi (Pengawas)',
      jabatanBaru: 'JF Ahli Muda eks Kepala Seksi Produksi (JF Ahli Muda)',
      atasanLama: 'Kepala Bidang Tanaman Pangan',
      atasanBaru: 'Kepala Bidang Tanaman Pangan',
    });
    expect(byId.get('p_kasi2')!.keterangan).toMatch(/^disetarakan \(Pengawas → JF Ahli Muda\); diubah nama; dipindah \(unit\)/);
    expect(byId.get('p_kasi3')!.keterangan).toMatch(/^disetarakan/);
    expect(byId.get('p_pel1')).toMatchObject({ atasanLama: 'Kepala Seksi Perbenihan', atasanBaru: 'Kepala Bidang Tanaman Pangan' });
    expect(byId.get('p_pel1')!.keterangan).toMatch(/dipindah/);
    expect(rows.filter((r) => r.keterangan.startsWith('disetarakan'))).toHaveLength(3);
    // apply: one undo step; undo restores the exact document, redo the previewed one
    const history = record(emptyHistory(), preview.executed);
    expect(history.past).toHaveLength(1);
    expect(preview.executed.label).toBe('Setarakan 3 jabatan struktural ke JF');
    const undone = undo(history, after)!;
    expect(undone.doc).toStrictEqual(doc);
    expect(redo(undone.history, undone.doc)!.doc).toStrictEqual(after);
  });

  it('an Administrator with a Pengawas under it: both converted go under the JPT; refusals are named', () => {
    const doc = dinasWithThreeSeksi();
    const { after, plan } = previewPenyetaraan(doc, { positionIds: ['p_kabid', 'p_kasi1'] });
    expect(after.positions.p_kabid).toMatchObject({ kind: 'fungsional', jenjang: 'ahli-madya', superiorId: 'p_kadis', unitId: 'u_dinas' });
    expect(after.positions.p_kasi1).toMatchObject({ jenjang: 'ahli-muda', superiorId: 'p_kadis', unitId: 'u_dinas' });
    // the Kabid's other Kasi now sit under the Kepala Dinas; deepest unit merged first
    expect(after.positions.p_kasi2.superiorId).toBe('p_kadis');
    expect(plan.mergedUnits).toEqual(['u_s1', 'u_bidang']);
    expect(after.units.u_s2.parentId).toBe('u_dinas');
    expect(problemsOf(after)).toEqual([]);
    expect(refusal(() => planPenyetaraan(doc, { positionIds: [] }))).toBe('Belum ada jabatan yang dipilih untuk disetarakan.');
    expect(refusal(() => planPenyetaraan(doc, { positionIds: ['p_jf1'] }))).toBe('«Pengawas Benih Tanaman Ahli Pertama» tidak dapat disetarakan: penyetaraan hanya untuk jabatan Administrator dan Pengawas.');
    expect(refusal(() => planPenyetaraan(doc, { positionIds: ['p_x'] }))).toMatch(/«p_x» tidak ditemukan/);
    const orphan = structuredClone(doc);
    orphan.positions.p_kasubbid.superiorId = null;
    expect(refusal(() => planPenyetaraan(orphan, { positionIds: ['p_kasubbid'] }))).toMatch(/tidak ada pejabat struktural di atasnya/);
  });
});
