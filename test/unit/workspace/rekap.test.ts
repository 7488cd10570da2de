// A document's line in the Ruang kerja, the search across documents, and the Pemda rekap sheet.
import { describe, expect, it } from 'vitest';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { docRekap, isCurrentRekap } from '../../../src/editor/workspace/rekap';
import { searchWorkspace, workspaceSheets, type WorkspaceRow } from '../../../src/editor/workspace/ruangKerja';
import { lint } from '../../../src/rules';

function row(id: string, doc = createDinasContoh()): WorkspaceRow {
  return { id, title: doc.title, instansi: doc.instansi.nama, updatedAt: 0, unreadable: false, rekap: docRekap(doc), group: '' };
}

describe('docRekap', () => {
  it('counts the jabatan, K, B and the findings by rule family as the linter sees them', () => {
    const doc = createDinasContoh();
    const r = docRekap(doc);
    expect(r.jabatan).toBe(Object.keys(doc.positions).length);
    const findings = lint(doc).filter((f) => f.severity !== 'info');
    expect(r.errors + r.warnings).toBe(findings.length);
    expect(r.byFamily.reduce((n, f) => n + f.error + f.warning, 0)).toBe(findings.length);
    expect(r.status).toBe(Object.values(doc.maps).length > 0 && Object.values(doc.maps).every((m) => m.meta.status === 'ditetapkan') ? 'ditetapkan' : 'draf');
    expect(isCurrentRekap(r)).toBe(true);
    expect(isCurrentRekap({ ...r, v: 0 })).toBe(false);
  });
});

describe('searchWorkspace', () => {
  it('finds a jabatan by name and a pemangku by name or NIP, in every document', () => {
    const a = createDinasContoh();
    const target = Object.values(a.positions)[3];
    target.pemangku = [{ id: 'pm1', nama: 'Zulfa Qoriah', nip: '198001012005011001', pendidikan: null, golongan: null, predikatKinerja: null, pengalamanTahun: null }];
    const rows = [row('d1', a), row('d2')];
    const byName = searchWorkspace(rows, target.nama.slice(0, 6));
    expect(byName.hits.some((h) => h.docId === 'd1' && h.positionId === target.id)).toBe(true);
    expect(byName.hits.some((h) => h.docId === 'd2')).toBe(true);
    const byPerson = searchWorkspace(rows, 'zulfa qor');
    expect(byPerson.hits).toEqual([{ docId: 'd1', title: a.title, positionId: target.id, jabatan: target.nama, person: 'Zulfa Qoriah · 198001012005011001' }]);
    expect(searchWorkspace(rows, '19800101 2005').hits.map((h) => h.positionId)).toEqual([target.id]);
    expect(searchWorkspace(rows, 'tidak-ada-jabatan-seperti-ini').hits).toEqual([]);
  });
});

describe('workspaceSheets', () => {
  it('one row per document and a total row that adds them up', () => {
    const rows = [row('d1'), row('d2')];
    const [rekap, temuan] = workspaceSheets(rows, []);
    expect(rekap.rows).toHaveLength(3);
    const jabatanCol = rekap.header.indexOf('Jabatan');
    expect(rekap.rows[2][jabatanCol]).toBe((rows[0].rekap!.jabatan) * 2);
    expect(temuan.rows).toEqual([]);
  });
});
