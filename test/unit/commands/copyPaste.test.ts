import { describe, expect, it } from 'vitest';
import {
  addUnit,
  ClipboardSchema,
  copySubtrees,
  duplicateSubtree,
  execute,
  parseClipboardText,
  pasteSubtrees,
  planPaste,
  type ClipboardPayload,
  type IdMaker,
} from '../../../src/commands';
import { emptyWorkspace, type Workspace } from '../../../src/model';
import { makeFixture, problemsOf, refusal, roundTrip, unit } from './fixture';

/** Readable, predictable ids for the copies: "copy:<original id>". */
const copyIds: IdMaker = (_prefix, originalId) => `copy:${originalId}`;

function added(before: Workspace, after: Workspace): string[] {
  return Object.keys(after.positions).filter((id) => !before.positions[id]);
}

describe('position.duplicate', () => {
  it('copies the subtree with fresh ids under the same superior, shifted by 40,40; undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, duplicateSubtree, { rootId: 'p_kasi_infra' });
    const ids = added(doc, done.doc);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(doc.positions[id]).toBeUndefined();
    const copies = ids.map((id) => done.doc.positions[id]);
    const root = copies.find((p) => p.nama === 'Kepala Seksi Infrastruktur')!;
    expect(root.superiorId).toBe('p_kabid_aptika');
    expect(root.placement).toStrictEqual({ x: 40, y: 440 });
    expect(root.unitId).toBe('u_infra');
    for (const c of copies.filter((p) => p !== root)) expect(c.superiorId).toBe(root.id);
    expect(done.label).toBe('Gandakan «Kepala Seksi Infrastruktur» beserta bawahannya');
  });

  it('uses the given offset, keeps holders, and drops a kode already in use', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, duplicateSubtree, { rootId: 'p_kabid_aptika', offset: { x: 500, y: 0 }, idFor: copyIds });
    const root = done.doc.positions['copy:p_kabid_aptika'];
    expect(root.placement).toStrictEqual({ x: 500, y: 200 });
    expect(root.kode).toBe('');
    expect(done.doc.positions['copy:p_pranata_muda'].pemangku.map(({ id: _, ...x }) => x)).toStrictEqual(
      doc.positions.p_pranata_muda.pemangku.map(({ id: _, ...x }) => x),
    );
    expect(done.doc.positions['copy:p_pranata_muda'].pemangku[0].id).not.toBe(doc.positions.p_pranata_muda.pemangku[0].id);
    expect(done.doc.positions['copy:p_teknisi'].superiorId).toBe('copy:p_kasi_infra');
    expect(done.doc.positions['copy:p_teknisi'].placement).toBeNull(); // a stacked box stays stacked
  });

  it('refuses an unknown root and ids that are already taken', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, duplicateSubtree, { rootId: 'p_nope' }))).toMatch(/p_nope/);
    expect(refusal(() => execute(doc, duplicateSubtree, { rootId: 'p_teknisi', idFor: () => 'p_kadis' }))).toMatch(
      /sudah dipakai/,
    );
  });
});

describe('copySubtrees', () => {
  it('copies the selected roots with their descendants and the unit paths they need', () => {
    const doc = makeFixture();
    const payload = copySubtrees(doc, ['p_kabid_aptika', 'p_teknisi', 'p_kasi_media']);
    expect(payload.format).toBe('petakerja-clipboard');
    expect(payload.positions.map((p) => p.id)).toEqual([
      'p_kabid_aptika',
      'p_pranata_muda',
      'p_kasi_infra',
      'p_pranata_pertama',
      'p_teknisi', // once, inside its selected ancestor's subtree
      'p_kasi_media',
      'p_pranata_humas',
    ]);
    expect(payload.positions.filter((p) => p.superiorId === null).map((p) => p.id)).toEqual([
      'p_kabid_aptika',
      'p_kasi_media',
    ]);
    expect(payload.units.map((u) => u.id).sort()).toEqual(['u_aptika', 'u_dinas', 'u_ikp', 'u_infra', 'u_media']);
    expect(ClipboardSchema.safeParse(payload).success).toBe(true);
    expect(JSON.parse(JSON.stringify(payload))).toStrictEqual(payload);
    expect(doc.positions.p_kabid_aptika.superiorId).toBe('p_kadis'); // the document is untouched
  });

  it('refuses an empty selection and unknown ids', () => {
    const doc = makeFixture();
    expect(refusal(() => copySubtrees(doc, []))).toMatch(/Tidak ada jabatan/);
    expect(refusal(() => copySubtrees(doc, ['p_nope']))).toMatch(/p_nope/);
  });
});

describe('ClipboardSchema and parseClipboardText', () => {
  const good = () => copySubtrees(makeFixture(), ['p_kasi_infra']);
  const tamper = (change: (p: ClipboardPayload) => void): unknown => {
    const p = structuredClone(good());
    change(p);
    return p;
  };

  it('accepts a copy that went through the system clipboard as text', () => {
    expect(parseClipboardText(JSON.stringify(good()))).toStrictEqual(good());
  });

  it.each([
    ['another format', (p: ClipboardPayload) => Object.assign(p, { format: 'excalidraw' })],
    ['a superior outside the copy', (p: ClipboardPayload) => (p.positions[1].superiorId = 'p_kadis')],
    ['a missing unit', (p: ClipboardPayload) => (p.units = p.units.filter((u) => u.id !== 'u_infra'))],
    ['an unknown kind', (p: ClipboardPayload) => Object.assign(p.positions[0], { kind: 'eselon-5' })],
    ['a duplicate id', (p: ClipboardPayload) => (p.positions[2].id = p.positions[1].id)],
    [
      'a superior cycle',
      (p: ClipboardPayload) => {
        p.positions[0].superiorId = p.positions[1].id;
      },
    ],
    ['no positions', (p: ClipboardPayload) => (p.positions = [])],
  ])('refuses a payload with %s, and paste refuses it too', (_what, change) => {
    const bad = tamper(change);
    expect(ClipboardSchema.safeParse(bad).success).toBe(false);
    expect(parseClipboardText(JSON.stringify(bad))).toBeNull();
    expect(
      refusal(() => execute(makeFixture(), pasteSubtrees, { payload: bad as ClipboardPayload, superiorId: null })),
    ).toMatch(/papan klip.*tidak sah/);
  });

  it('returns null for text that is not JSON', () => {
    expect(parseClipboardText('Kepala Seksi\tPengawas')).toBeNull();
  });
});

describe('position.paste', () => {
  it('pastes into the same document with fresh ids, internal links kept, units reused; undo and redo', () => {
    const doc = makeFixture();
    const payload = copySubtrees(doc, ['p_kasi_infra']);
    const done = roundTrip(doc, pasteSubtrees, { payload, superiorId: 'p_kabid_aptika', idFor: copyIds });
    expect(added(doc, done.doc)).toEqual(['copy:p_kasi_infra', 'copy:p_pranata_pertama', 'copy:p_teknisi']);
    expect(done.doc.positions['copy:p_kasi_infra']).toMatchObject({
      superiorId: 'p_kabid_aptika',
      unitId: 'u_infra',
      placement: { x: 40, y: 440 },
      kode: '',
    });
    expect(done.doc.positions['copy:p_teknisi'].superiorId).toBe('copy:p_kasi_infra');
    expect(Object.keys(done.doc.units)).toEqual(Object.keys(doc.units));
    expect(done.label).toBe('Tempel 3 jabatan di bawah «Kepala Bidang Aplikasi Informatika»');
  });

  it('gives fresh random ids when no id maker is given', () => {
    const doc = makeFixture();
    const payload = copySubtrees(doc, ['p_kabid_aptika']);
    const once = execute(doc, pasteSubtrees, { payload, superiorId: 'p_kadis' });
    const twice = execute(once.doc, pasteSubtrees, { payload, superiorId: 'p_kadis' });
    const ids = added(doc, twice.doc);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    for (const id of ids) expect(id).toMatch(/^pos_[0-9a-z]{10}$/);
    expect(problemsOf(twice.doc)).toEqual([]);
  });

  it('places the copy at a point: its top-left placed box goes there', () => {
    const doc = makeFixture();
    const payload = copySubtrees(doc, ['p_kabid_ikp']);
    const done = roundTrip(doc, pasteSubtrees, { payload, superiorId: 'p_kadis', at: { x: 1000, y: 1000 }, idFor: copyIds });
    expect(done.doc.positions['copy:p_kabid_ikp'].placement).toStrictEqual({ x: 1000, y: 1000 });
    expect(done.doc.positions['copy:p_kasi_media'].placement).toStrictEqual({ x: 1000, y: 1200 });
  });

  it('into another document: maps units by name path, re-creates the missing ones', () => {
    const source = makeFixture();
    const target = emptyWorkspace('Dokumen lain');
    const withDinas = execute(target, pasteSubtrees, {
      payload: copySubtrees(source, ['p_kadis']),
      superiorId: null,
      idFor: copyIds,
    });
    // The whole Dinas came over: every unit re-created with the same names and nesting.
    expect(problemsOf(withDinas.doc)).toEqual([]);
    expect(Object.values(withDinas.doc.units).map((u) => u.nama).sort()).toEqual(
      Object.values(source.units)
        .filter((u) => u.id !== 'u_bkd' && u.id !== 'u_anggaran')
        .map((u) => u.nama)
        .sort(),
    );
    expect(withDinas.doc.positions['copy:p_kadis'].placement).toStrictEqual({ x: 0, y: 0 }); // no shift across documents
    // A second paste of one Seksi finds its units by name instead of creating them again.
    const again = roundTrip(withDinas.doc, pasteSubtrees, {
      payload: copySubtrees(source, ['p_kasi_infra']),
      superiorId: 'copy:p_kabid_aptika',
      idFor: (prefix, id) => `again:${prefix}:${id}`,
    });
    expect(Object.keys(again.doc.units)).toEqual(Object.keys(withDinas.doc.units));
    expect(again.doc.positions['again:pos:p_kasi_infra'].unitId).toBe('copy:u_infra');
  });

  it('with unitId, the roots go into that unit and their sub-units are found or re-created inside it', () => {
    const doc = makeFixture();
    const payload = copySubtrees(doc, ['p_kabid_aptika']);
    const done = roundTrip(doc, pasteSubtrees, { payload, superiorId: 'p_kadis', unitId: 'u_ikp', idFor: copyIds });
    expect(done.doc.positions['copy:p_kabid_aptika'].unitId).toBe('u_ikp');
    expect(done.doc.positions['copy:p_pranata_muda'].unitId).toBe('u_ikp');
    const seksi = done.doc.units['copy:u_infra'];
    expect(seksi).toMatchObject({ nama: 'Seksi Infrastruktur', parentId: 'u_ikp' });
    expect(done.doc.positions['copy:p_kasi_infra'].unitId).toBe('copy:u_infra');
  });

  it('under a superior of another Perangkat Daerah, moves the copy into that PD (KED-10)', () => {
    const doc = makeFixture();
    const payload = copySubtrees(doc, ['p_kasi_infra']);
    const done = roundTrip(doc, pasteSubtrees, { payload, superiorId: 'p_kabid_anggaran', idFor: copyIds });
    // The pasted Kasi heads its own Seksi, re-created inside the superior's unit.
    expect(done.doc.units['copy:u_infra']).toMatchObject({ nama: 'Seksi Infrastruktur', parentId: 'u_anggaran' });
    expect(done.doc.positions['copy:p_kasi_infra'].unitId).toBe('copy:u_infra');
    expect(done.doc.positions['copy:p_teknisi'].unitId).toBe('copy:u_infra');
    // A pasted JF does not head a unit: it joins the superior's unit.
    const jf = execute(doc, pasteSubtrees, {
      payload: copySubtrees(doc, ['p_pranata_muda']),
      superiorId: 'p_kabid_anggaran',
      idFor: copyIds,
    });
    expect(jf.doc.positions['copy:p_pranata_muda'].unitId).toBe('u_anggaran');
    expect(Object.keys(jf.doc.units)).toEqual(Object.keys(doc.units));
  });

  it('refuses a unit in another Perangkat Daerah than the superior, and unknown ids', () => {
    const doc = makeFixture();
    const payload = copySubtrees(doc, ['p_kasi_infra']);
    expect(
      refusal(() => execute(doc, pasteSubtrees, { payload, superiorId: 'p_kabid_anggaran', unitId: 'u_infra' })),
    ).toMatch(/KED-10/);
    expect(refusal(() => execute(doc, pasteSubtrees, { payload, superiorId: 'p_nope' }))).toMatch(/p_nope/);
    expect(refusal(() => execute(doc, pasteSubtrees, { payload, superiorId: null, unitId: 'u_nope' }))).toMatch(/u_nope/);
  });

  it('planPaste reports the new roots', () => {
    const doc = makeFixture();
    const plan = planPaste(doc, {
      payload: copySubtrees(doc, ['p_kasi_infra', 'p_kasi_media']),
      superiorId: null,
      idFor: copyIds,
    });
    expect(plan.rootIds).toEqual(['copy:p_kasi_infra', 'copy:p_kasi_media']);
    expect(plan.units).toEqual([]);
  });

  it('re-creates a unit whose parent is unknown as a top-level unit', () => {
    const payload = copySubtrees(makeFixture(), ['p_analis']);
    const target = roundTrip(emptyWorkspace(), pasteSubtrees, { payload, superiorId: null, idFor: copyIds });
    expect(target.doc.units['copy:u_bkd']).toMatchObject({ parentId: null, isPerangkatDaerah: true });
    expect(target.doc.units['copy:u_anggaran'].parentId).toBe('copy:u_bkd');
  });

  it('maps a unit by name under the same parent in a document that already has it', () => {
    const source = makeFixture();
    const target = execute(emptyWorkspace(), addUnit, {
      unit: unit({ id: 'u_other_bkd', nama: 'Badan Keuangan Daerah', isPerangkatDaerah: true, tipePd: 'badan' }),
    }).doc;
    const done = roundTrip(target, pasteSubtrees, { payload: copySubtrees(source, ['p_kabid_anggaran']), superiorId: null, idFor: copyIds });
    expect(done.doc.positions['copy:p_kabid_anggaran'].unitId).toBe('copy:u_anggaran');
    expect(done.doc.units['copy:u_anggaran'].parentId).toBe('u_other_bkd');
    expect(done.doc.units['copy:u_bkd']).toBeUndefined();
  });
});
