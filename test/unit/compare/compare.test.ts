import { describe, expect, it } from 'vitest';
import { compareStructures, matriksRows, overlayStatus } from '../../../src/model';
import { compareDocuments, comparisonJson } from '../../../src/commands/compareDocuments';
import { baruOtherDocument, baruSameDocument, lama } from './fixture';

function summary(a: ReturnType<typeof lama>, b: ReturnType<typeof lama>) {
  const cmp = compareStructures(a, b);
  const id = (x: string) => x.replace(/^x_/, '');
  return {
    cmp,
    added: cmp.positions.added.map((p) => id(p.id)),
    removed: cmp.positions.removed.map((p) => id(p.id)),
    moved: cmp.positions.pairs.filter((p) => p.moved.unit || p.moved.atasan).map((p) => [id(p.baru.id), p.moved]),
    changed: Object.fromEntries(cmp.positions.pairs.filter((p) => p.changes.length).map((p) => [id(p.baru.id), p.changes.map((c) => c.field).sort()])),
    basis: Object.fromEntries(cmp.positions.pairs.map((p) => [id(p.baru.id), p.basis])),
  };
}

describe('compareStructures', () => {
  it('by id, within one document\'s history: every kind of change', () => {
    const s = summary(lama(), baruSameDocument());
    expect(s.cmp.sharedAncestry).toBe(true);
    expect(s.added).toEqual(['p_prakom']);
    expect(s.removed).toEqual(['p_arsip']);
    expect(s.moved).toEqual([
      ['p_data', { unit: false, atasan: true }],
      ['p_analis', { unit: true, atasan: true }],
    ]);
    expect(s.changed).toEqual({
      p_kasi_kur: ['kode'],
      p_kasi_ptk: ['nama'],
      p_ptp: ['jenjang'],
      p_kasi_sarpras: ['jenjang', 'kind', 'nama'],
    });
    expect(new Set(Object.values(s.basis))).toEqual(new Set(['id']));
    expect(s.cmp.unmatched).toEqual([]);
  });

  it('across documents: by kode, then by name and unit path; ids differ', () => {
    const s = summary(lama(), baruOtherDocument());
    expect(s.cmp.sharedAncestry).toBe(false);
    expect(s.added).toEqual(['p_prakom']);
    expect(s.removed).toEqual(['p_arsip']);
    expect(s.basis.p_adm).toBe('nama'); // its kode was left empty in the re-import
    expect(s.basis.p_kadis).toBe('kode');
    expect(s.changed.p_adm).toEqual(['kode']);
    expect(s.moved.map((m) => m[0])).toEqual(['p_data', 'p_analis']);
    expect(s.changed.p_kasi_ptk).toEqual(['nama']);
  });

  it('lists what cannot be matched instead of guessing', () => {
    const a = lama();
    const b = baruOtherDocument();
    // two jabatan of one kode in the new structure: neither is paired by kode, nor by name (the names differ)
    b.positions.x_p_kabid_smp = { ...b.positions.x_p_kabid_smp, kode: '1.2' };
    const cmp = compareStructures(a, b);
    const ambiguous = (c: typeof cmp) => c.unmatched.filter((u) => u.type === 'jabatan' && !u.reason.startsWith('tidak ada jabatan'));
    expect(ambiguous(cmp)).toEqual([]); // the name + unit path pass still pairs both: nothing is left unexplained
    // now make the names ambiguous as well
    b.positions.x_p_kabid_smp = { ...b.positions.x_p_kabid_smp, nama: 'Kepala Bidang Pembinaan SD', unitId: 'x_u_sd' };
    const again = compareStructures(a, b);
    expect(ambiguous(again).map((u) => `${u.side}:${u.id}`).sort()).toEqual(['baru:x_p_kabid_sd', 'baru:x_p_kabid_smp']);
    expect(again.unmatched[0].reason).toMatch(/kode «1\.2» dipakai 2 jabatan|2 jabatan bernama/);
    expect(again.positions.removed.map((p) => p.id).sort()).toEqual(['p_arsip', 'p_kabid_sd', 'p_kabid_smp']);
  });

  it('across documents, reports every jabatan left without a partner (formed, removed, or only not recognised)', () => {
    const cmp = compareStructures(lama(), baruOtherDocument());
    expect(cmp.unmatched.map((u) => `${u.side}:${u.id}`).sort()).toEqual(['baru:x_p_prakom', 'lama:p_arsip']);
    expect(cmp.unmatched.find((u) => u.side === 'lama')!.reason).toMatch(/^tidak ada jabatan dengan .*nama dan unit yang sama di struktur baru$/);
    // within one document's history the ids prove what was formed and removed: nothing to report
    expect(compareStructures(lama(), baruSameDocument()).unmatched).toEqual([]);
  });

  it('picks up fields it was not told about (a later schema\'s kelas, K, B)', () => {
    const a = lama();
    const b = baruSameDocument();
    a.positions.p_adm = { ...a.positions.p_adm, kebutuhan: 2 };
    b.positions.p_adm = { ...b.positions.p_adm, kebutuhan: 3, kelasJabatan: 6 };
    const cmp = compareStructures(a, b);
    expect([...cmp.positions.byBaru.get('p_adm')!.changes].sort((x, y) => x.field.localeCompare(y.field))).toEqual([
      { field: 'kebutuhan', lama: 2, baru: 3 },
      { field: 'kelasJabatan', lama: null, baru: 6 },
    ]);
    const row = matriksRows(a, b, cmp).find((r) => r.idBaru === 'p_adm')!;
    expect(row.keterangan).toBe('K/B berubah; kelas jabatan — → 6');
  });

  it('teams and maps added, removed and changed', () => {
    const a = lama();
    const b = baruSameDocument();
    const team = { id: 't1', nama: 'Tim Data Pokok', targetKinerja: '', ownerUnitId: 'u_sd', pimpinanUnitId: null, penilaiKinerjaId: null, penanggungjawabId: null, members: [], mulai: null, selesai: null, instrument: null, rekomendasiTimVerifikasi: null, rincianTugas: { penanggungjawab: [], ketua: [], anggota: [] } };
    a.teams.t1 = team;
    b.teams.t1 = { ...team, targetKinerja: 'Dapodik mutakhir' };
    b.teams.t2 = { ...team, id: 't2', nama: 'Tim Baru' };
    const cmp = compareStructures(a, b);
    expect(cmp.teams.changed.map((c) => [c.baru.id, c.fields])).toEqual([['t1', ['targetKinerja']]]);
    expect(cmp.teams.added.map((t) => t.id)).toEqual(['t2']);
  });
});

describe('matriks perubahan', () => {
  it('one row per jabatan formed, removed or changed, with Jabatan lama · baru · Unit · Atasan · Keterangan', () => {
    const a = lama();
    const b = baruSameDocument();
    const rows = matriksRows(a, b, compareStructures(a, b));
    const by = (id: string) => rows.find((r) => r.idBaru === id || r.idLama === id)!;
    expect(rows).toHaveLength(8);
    expect(by('p_arsip')).toMatchObject({ jabatanBaru: '—', keterangan: 'dihapus', atasanLama: 'Kepala Sub Bagian Umum' });
    expect(by('p_prakom')).toMatchObject({ jabatanLama: '—', keterangan: 'dibentuk', unit: 'Dinas Pendidikan > Bidang Pembinaan SD' });
    expect(by('p_kasi_sarpras')).toMatchObject({
      jabatanLama: 'Kepala Seksi Sarana Prasarana SD (Pengawas)',
      jabatanBaru: 'Penata Kelola Sarana Prasarana Ahli Muda (JF Ahli Muda)',
      keterangan: 'disetarakan (Pengawas → JF Ahli Muda); diubah nama',
    });
    expect(by('p_analis')).toMatchObject({
      unit: 'Dinas Pendidikan > Bidang Pembinaan SMP → Dinas Pendidikan > Bidang Pembinaan SD',
      atasanLama: 'Kepala Bidang Pembinaan SMP',
      atasanBaru: 'Kepala Bidang Pembinaan SD',
      keterangan: 'dipindah (unit)',
    });
    expect(by('p_data').keterangan).toBe('dipindah (atasan)');
    expect(by('p_kasi_ptk').keterangan).toBe('diubah nama');
    expect(by('p_ptp').keterangan).toBe('jenjang Ahli Pertama → Ahli Muda');
  });

  it('overlay statuses for the new structure', () => {
    const a = lama();
    const b = baruSameDocument();
    const st = overlayStatus(compareStructures(a, b));
    expect(Object.fromEntries(st)).toEqual({
      p_prakom: 'added',
      p_data: 'moved',
      p_analis: 'moved',
      p_kasi_kur: 'changed',
      p_kasi_ptk: 'changed',
      p_ptp: 'changed',
      p_kasi_sarpras: 'changed',
    });
  });
});

describe('compareDocuments', () => {
  it('findings introduced and resolved, old ids read as new', () => {
    const a = lama();
    const b = baruSameDocument();
    // an orphan JF in the new structure (KED-01), and last year's orphan is attached this year
    a.positions.p_ptp = { ...a.positions.p_ptp, superiorId: null };
    const dc = compareDocuments(a, b);
    expect(dc.findings.resolved.map((f) => [f.ruleId, f.subjects[0]])).toContainEqual(['KED-01', 'p_ptp']);
    expect(dc.findings.introduced.every((f) => f.ruleId !== 'KED-01')).toBe(true);
    const json = comparisonJson(a, b, dc);
    expect(Object.keys(json)).toEqual(['lama', 'baru', 'added', 'removed', 'changed', 'moved', 'unmatched', 'findings', 'matriks']);
  });
});
