// Every action of the editor's registry: when it is available and what it does, on one editor per test with an
// in-memory storage and fake timers (no browser: downloads, the file picker and the clipboard are fakes).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditor, realClock } from '../../../src/editor/Editor';
import { EDITOR_ACTIONS } from '../../../src/editor/actions';
import { memoryStorage } from '../../../src/editor/storage';
import type { Editor } from '../../../src/editor/types';
import { updateDocumentInfo } from '../../../src/commands/updateDocumentInfo';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { structureIndex } from '../../../src/model';

const downloads: string[] = [];
let clipboardText = '';
function make(): Editor {
  return createEditor({
    storage: memoryStorage({ tabId: 'tab_a' }),
    clock: realClock,
    env: {
      window: null,
      download: (name) => downloads.push(name),
      pickFile: async () => null,
      clipboard: { readText: async () => clipboardText, writeText: async (t) => void (clipboardText = t) },
    },
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  downloads.length = 0;
  clipboardText = '';
});
afterEach(() => vi.useRealTimers());

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, code: '', ctrlKey: false, metaKey: false, shiftKey: false, target: null, preventDefault: () => {}, ...mods }) as unknown as KeyboardEvent;

describe('the action registry', () => {
  it('without a document only new, open, import (and nothing that needs one) are available', () => {
    const ed = make();
    const on = EDITOR_ACTIONS.filter((a) => a.enabled(ed)).map((a) => a.id);
    expect(on.sort()).toEqual(['import', 'new', 'open']);
  });

  it('with a document: undo/redo follow the history; rename needs a selection; layout/fit wait for a canvas in Peta', () => {
    const ed = make();
    ed.openDocument(createDinasContoh());
    expect(ed.actions.isEnabled('undo')).toBe(false);
    ed.run(updateDocumentInfo, { title: 'Lain' });
    expect(ed.actions.isEnabled('undo')).toBe(true);
    void ed.actions.perform('undo');
    expect(ed.actions.isEnabled('redo')).toBe(true);
    expect(ed.actions.isEnabled('rename')).toBe(false);
    ed.select([Object.keys(ed.currentDoc().positions)[0]]);
    expect(ed.actions.isEnabled('rename')).toBe(true);
    expect(ed.actions.isEnabled('layout')).toBe(true);
    ed.set({ view: 'peta' });
    expect(ed.actions.isEnabled('layout')).toBe(false);
  });

  it('save downloads the document; export and import open their dialogs', async () => {
    const ed = make();
    ed.openDocument(createDinasContoh());
    await ed.actions.perform('save');
    expect(downloads).toEqual([expect.stringMatching(/\.petakerja\.json$/)]);
    await ed.actions.perform('export');
    expect(ed.get().dialog).toEqual({ type: 'export' });
    await ed.actions.perform('import');
    expect(ed.get().dialog).toEqual({ type: 'import' });
  });

  it('copy then paste puts the copied subtree under the selected position, as one undo step', async () => {
    const ed = make();
    ed.openDocument(createDinasContoh());
    const doc = ed.currentDoc();
    const index = structureIndex(doc);
    const root = index.roots[0];
    const leaf = Object.values(doc.positions).find((p) => p.superiorId !== null && !index.subordinates.has(p.id))!;
    ed.select([leaf.id]);
    await ed.actions.perform('copy');
    expect(JSON.parse(clipboardText).positions).toHaveLength(1);
    ed.select([root.id]);
    const before = Object.keys(ed.currentDoc().positions).length;
    await ed.actions.perform('paste');
    expect(Object.keys(ed.currentDoc().positions)).toHaveLength(before + 1);
    const pasted = ed.get().selection;
    expect(ed.currentDoc().positions[pasted[0]].superiorId).toBe(root.id);
    ed.undo();
    expect(Object.keys(ed.currentDoc().positions)).toHaveLength(before);
  });

  it('duplicate copies the selection beside it; delete asks first', async () => {
    const ed = make();
    ed.openDocument(createDinasContoh());
    const before = Object.keys(ed.currentDoc().positions).length;
    const leaf = Object.values(ed.currentDoc().positions).find((p) => p.superiorId !== null && !structureIndex(ed.currentDoc()).subordinates.has(p.id))!;
    ed.select([leaf.id]);
    await ed.actions.perform('duplicate');
    expect(Object.keys(ed.currentDoc().positions)).toHaveLength(before + 1);
    await ed.actions.perform('delete');
    expect(ed.get().dialog?.type).toBe('delete');
  });

  it('the arrow keys walk the structure: down to the first subordinate, up back to the superior', () => {
    const ed = make();
    ed.openDocument(createDinasContoh());
    const index = structureIndex(ed.currentDoc());
    const root = index.roots[0];
    ed.actions.handleKeyDown(key('ArrowDown'));
    expect(ed.get().selection).toEqual([root.id]);
    ed.actions.handleKeyDown(key('ArrowDown'));
    const first = index.subordinates.get(root.id)![0];
    expect(ed.get().selection).toEqual([first.id]);
    ed.actions.handleKeyDown(key('ArrowUp'));
    expect(ed.get().selection).toEqual([root.id]);
  });

  it('Ctrl+Z works from the keyboard; a shortcut of an unavailable action does nothing', () => {
    const ed = make();
    ed.openDocument(createDinasContoh());
    const title = ed.currentDoc().title;
    ed.actions.handleKeyDown(key('z', { ctrlKey: true }));
    expect(ed.get().toast).toBeNull();
    ed.run(updateDocumentInfo, { title: 'Baru' });
    ed.actions.handleKeyDown(key('z', { ctrlKey: true }));
    expect(ed.currentDoc().title).toBe(title);
  });

  it('an action added by the shell is found, performed and replaced by id', async () => {
    const ed = make();
    let performed = 0;
    ed.actions.register({ id: 'present', label: 'Mulai presentasi', enabled: () => true, perform: () => void performed++ });
    await ed.actions.perform('present');
    ed.actions.register({ id: 'present', label: 'Mulai presentasi', enabled: () => false, perform: () => void (performed += 10) });
    await ed.actions.perform('present');
    expect(performed).toBe(1);
    expect(ed.actions.all.filter((a) => a.id === 'present')).toHaveLength(1);
  });
});
