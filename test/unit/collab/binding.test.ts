// The Yjs binding with two Y.Docs wired to each other (what the server does between two browsers), and a third
// "hostile" Y.Doc that writes records the schemas refuse.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { execute, type Command } from '../../../src/commands/command';
import { removeUnit, updatePosition } from '../../../src/commands';
import { CollabBinding } from '../../../src/io/collab/binding';
import { readRaw, writeDocument } from '../../../src/io/collab/records';
import { restore, type Workspace } from '../../../src/model';
import { createDinasContoh } from '../../../src/samples/dinasContoh';

interface Client {
  ydoc: Y.Doc;
  binding: CollabBinding;
  doc: () => Workspace;
  run<A>(command: Command<A>, args: A, mergeKey?: string): void;
  undo(): string | null;
  refused: string[][];
  remoteApplied: number;
}

function client(initial: Workspace | null, seed?: Y.Doc): Client {
  const ydoc = new Y.Doc();
  if (seed) Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(seed));
  let doc: Workspace | null = initial;
  const c: Client = {
    ydoc,
    refused: [],
    remoteApplied: 0,
    doc: () => doc!,
    binding: null as unknown as CollabBinding,
    run(command, args, mergeKey) {
      const before = doc!;
      const done = execute(before, command, args);
      doc = done.doc;
      c.binding.commitLocal(before, done.doc, done.label, mergeKey);
    },
    undo: () => c.binding.undo(),
  };
  c.binding = new CollabBinding(ydoc, {
    getDoc: () => doc,
    applyRemote: (next) => {
      doc = next;
      c.remoteApplied++;
    },
    refused: (problems) => c.refused.push(problems),
  });
  if (!seed && initial) writeDocument(ydoc, initial);
  if (seed) doc = c.binding.read().doc;
  return c;
}

/** Two-way wire; `online` false holds the updates back (offline) until it is true again and flush() runs. */
function wire(a: Y.Doc, b: Y.Doc) {
  const state = { online: true };
  const flush = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
  };
  a.on('update', (u: Uint8Array, origin: unknown) => {
    if (state.online && origin !== 'remote') Y.applyUpdate(b, u, 'remote');
  });
  b.on('update', (u: Uint8Array, origin: unknown) => {
    if (state.online && origin !== 'remote') Y.applyUpdate(a, u, 'remote');
  });
  return { state, flush };
}

function pair() {
  const a = client(createDinasContoh());
  const b = client(null, a.ydoc);
  const net = wire(a.ydoc, b.ydoc);
  return { a, b, net };
}

const anyPosition = (doc: Workspace, index = 0) => Object.values(doc.positions)[index];

describe('CollabBinding', () => {
  it('a command becomes one Y transaction with the user as origin, and the colleague sees it checked', () => {
    const { a, b } = pair();
    const origins: unknown[] = [];
    a.ydoc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const p = anyPosition(a.doc());
    a.run(updatePosition, { id: p.id, changes: { nama: 'Kepala Dinas Baru' } });
    expect(origins).toEqual([a.binding.localOrigin]);
    expect(b.doc().positions[p.id].nama).toBe('Kepala Dinas Baru');
    expect(b.remoteApplied).toBe(1);
    // untouched records stay the very same objects on the colleague's side (whole-record replacement only)
    const other = anyPosition(a.doc(), 1);
    expect(b.doc().positions[other.id]).toBe(b.doc().positions[other.id]);
    expect(b.doc().positions[p.id]).toEqual(a.doc().positions[p.id]);
    expect(Object.isFrozen(b.doc().positions[p.id])).toBe(true);
  });

  it('undo undoes only one\'s own step, leaving a colleague\'s later edit of another record in place', () => {
    const { a, b } = pair();
    const [p, q] = [anyPosition(a.doc(), 0), anyPosition(a.doc(), 1)];
    a.run(updatePosition, { id: p.id, changes: { nama: 'Nama A' } });
    b.run(updatePosition, { id: q.id, changes: { nama: 'Nama B' } });
    expect(a.undo()).toContain('Nama A');
    expect(a.doc().positions[p.id].nama).toBe(p.nama);
    expect(a.doc().positions[q.id].nama).toBe('Nama B');
    expect(b.doc().positions[p.id].nama).toBe(p.nama);
    expect(b.doc().positions[q.id].nama).toBe('Nama B');
    // nothing more of A's to undo: B's edit is not A's
    expect(a.undo()).toBeNull();
    expect(a.doc().positions[q.id].nama).toBe('Nama B');
    // redo brings A's step back
    expect(a.binding.redo()).toContain('Nama A');
    expect(b.doc().positions[p.id].nama).toBe('Nama A');
  });

  it('typing into one field (one merge key) is one undo step', () => {
    const { a } = pair();
    const p = anyPosition(a.doc());
    a.run(updatePosition, { id: p.id, changes: { nama: 'K' } }, `nama:${p.id}`);
    a.run(updatePosition, { id: p.id, changes: { nama: 'Ke' } }, `nama:${p.id}`);
    a.run(updatePosition, { id: p.id, changes: { nama: 'Kep' } }, `nama:${p.id}`);
    a.undo();
    expect(a.doc().positions[p.id].nama).toBe(p.nama);
    expect(a.binding.canUndo()).toBe(false);
  });

  it('offline edits of different records both survive, the same record ends with one writer\'s whole record', () => {
    const { a, b, net } = pair();
    const [p, q, r] = [anyPosition(a.doc(), 0), anyPosition(a.doc(), 1), anyPosition(a.doc(), 2)];
    net.state.online = false;
    a.run(updatePosition, { id: p.id, changes: { nama: 'A offline' } });
    b.run(updatePosition, { id: q.id, changes: { nama: 'B offline' } });
    a.run(updatePosition, { id: r.id, changes: { nama: 'A sama', substansi: 'dari A' } });
    b.run(updatePosition, { id: r.id, changes: { nama: 'B sama' } });
    net.state.online = true;
    net.flush();
    expect(a.doc()).toEqual(b.doc());
    expect(a.doc().positions[p.id].nama).toBe('A offline');
    expect(a.doc().positions[q.id].nama).toBe('B offline');
    // last writer wins per record, as a whole: either A's record (with A's substansi) or B's, never a mixture
    const same = a.doc().positions[r.id];
    expect([JSON.stringify({ n: 'A sama', s: 'dari A' }), JSON.stringify({ n: 'B sama', s: r.substansi })]).toContain(
      JSON.stringify({ n: same.nama, s: same.substansi }),
    );
    // and the merged state is a valid document by restore()
    expect(restore(readRaw(a.ydoc)).notices).toEqual([]);
  });

  it('a unit deleted by one while the other edited a position in it: both repair it the same way', () => {
    const { a, b, net } = pair();
    const doc = a.doc();
    const leaf = Object.values(doc.units).find((u) => u.parentId !== null && !Object.values(doc.units).some((c) => c.parentId === u.id))!;
    const inLeaf = Object.values(doc.positions).find((p) => p.unitId === leaf.id)!;
    net.state.online = false;
    b.run(updatePosition, { id: inLeaf.id, changes: { nama: 'Diubah B' } });
    a.run(removeUnit, { id: leaf.id });
    net.state.online = true;
    net.flush();
    expect(a.doc()).toEqual(b.doc());
    expect(a.doc().units[leaf.id]).toBeUndefined();
  });

  it('a record that fails the schema is refused whole, reported, and put back; the editor keeps its document', () => {
    const { a, b } = pair();
    const before = b.doc();
    const [p, q] = [anyPosition(a.doc(), 0), anyPosition(a.doc(), 1)];
    const hostile = new Y.Doc();
    Y.applyUpdate(hostile, Y.encodeStateAsUpdate(a.ydoc));
    hostile.transact(() => {
      hostile.getMap('positions').set(p.id, { ...p, nama: 'sah' });
      hostile.getMap('positions').set(q.id, { ...q, kind: 'raja' });
    });
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(hostile, Y.encodeStateVector(b.ydoc)), 'remote');
    expect(b.refused).toHaveLength(1);
    expect(b.refused[0].join(' ')).toContain(q.id);
    expect(b.doc()).toBe(before); // not half applied: the valid record of that transaction did not land either
    // the refused records were put back in b's Y.Doc, and that reached a too
    expect((b.ydoc.getMap('positions').get(q.id) as { kind: string }).kind).toBe(q.kind);
    expect((a.ydoc.getMap('positions').get(p.id) as { nama: string }).nama).toBe(p.nama);
  });

  it('refuses a key that differs from the id inside, a reserved id, nested Yjs types and unknown root types', () => {
    const { b } = pair();
    const p = anyPosition(b.doc());
    const cases: ((d: Y.Doc) => void)[] = [
      (d) => d.getMap('positions').set('lain', { ...p }),
      (d) => d.getMap('units').set('constructor', { id: 'constructor', nama: 'x', parentId: null, isPerangkatDaerah: true, tipePd: null, pengecualian: false }),
      (d) => d.getMap('positions').set(p.id, new Y.Map()),
      (d) => d.getArray('jahat').push([1]),
      (d) => d.getMap('meta').set('version', 99),
    ];
    for (const write of cases) {
      const hostile = new Y.Doc();
      Y.applyUpdate(hostile, Y.encodeStateAsUpdate(b.ydoc));
      const before = b.doc();
      const count = b.refused.length;
      write(hostile);
      Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(hostile, Y.encodeStateVector(b.ydoc)), 'remote');
      expect(b.refused.length).toBe(count + 1);
      expect(b.doc()).toBe(before);
    }
  });

  it('document fields (title) travel through the meta map and are checked', () => {
    const { a, b } = pair();
    const before = a.doc();
    const next = { ...before, title: 'Judul bersama' } as Workspace;
    a.binding.commitLocal(before, next, 'Ubah judul');
    expect(b.doc().title).toBe('Judul bersama');
  });
});
