// updateProcess edits the SIPOC lists of a process (what the process properties panel sends): execute → undo →
// redo, and the refusals that keep a new supplier or customer pointing at something real.
import { describe, expect, it } from 'vitest';
import { execute, updateProcess } from '../../../src/commands';
import type { LevelMap, Workspace } from '../../../src/model';
import { mapFixture } from '../maps/fixture';
import { refusal, roundTrip } from './fixture';

const proc = (doc: Workspace, id: string) => (doc.maps.m_l1 as LevelMap).processes.find((p) => p.id === id)!;
const args = (sipoc: object) => ({ mapId: 'm_l1', processId: 'p_apl', changes: { sipoc } });

describe('process.update — SIPOC', () => {
  it('adds a unit and an outside party as suppliers, edits and removes input and output lines; undo and redo', () => {
    const doc = mapFixture();
    const added = roundTrip(doc, updateProcess, args({ supplier: [{ kind: 'unit', id: 'u_ikp' }, { kind: 'unit', id: 'u_umum' }, { kind: 'luar', nama: 'Masyarakat' }] }));
    expect(proc(added.doc, 'p_apl').sipoc.supplier).toEqual([{ kind: 'unit', id: 'u_ikp' }, { kind: 'unit', id: 'u_umum' }, { kind: 'luar', nama: 'Masyarakat' }]);
    // the other lists are untouched
    expect(proc(added.doc, 'p_apl').sipoc.customer).toEqual(proc(doc, 'p_apl').sipoc.customer);
    const lines = roundTrip(doc, updateProcess, args({ input: ['Kebutuhan aplikasi', 'Anggaran'], output: [] }));
    expect(proc(lines.doc, 'p_apl').sipoc).toMatchObject({ input: ['Kebutuhan aplikasi', 'Anggaran'], output: [] });
    const removed = roundTrip(doc, updateProcess, args({ customer: [] }));
    expect(proc(removed.doc, 'p_apl').sipoc.customer).toEqual([]);
  });

  it('refuses a new unit that does not exist, a nameless outside party and the same party twice', () => {
    const doc = mapFixture();
    expect(refusal(() => execute(doc, updateProcess, args({ customer: [{ kind: 'unit', id: 'u_ikp' }, { kind: 'unit', id: 'u_hilang' }] })))).toMatch(/Unit dengan id «u_hilang»/);
    expect(refusal(() => execute(doc, updateProcess, args({ supplier: [{ kind: 'luar', nama: '  ' }] })))).toMatch(/Nama pihak luar \(pemasok\) tidak boleh kosong/);
    expect(refusal(() => execute(doc, updateProcess, args({ customer: [{ kind: 'unit', id: 'u_ikp' }, { kind: 'unit', id: 'u_ikp' }] })))).toMatch(
      /«Bidang Informasi dan Komunikasi Publik» sudah tercantum sebagai pelanggan/,
    );
  });

  it('keeps a listed unit that was deleted since, so the other lists stay editable', () => {
    const doc = mapFixture();
    delete doc.units.u_ikp;
    const done = execute(doc, updateProcess, args({ input: ['Kebutuhan', 'Data'] }));
    expect(proc(done.doc, 'p_apl').sipoc.supplier).toEqual([{ kind: 'unit', id: 'u_ikp' }]);
    expect(proc(done.doc, 'p_apl').sipoc.input).toEqual(['Kebutuhan', 'Data']);
  });
});
