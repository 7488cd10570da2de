// Every user action is registered once here and dispatched alike from the keyboard, the toolbar and menus. An
// action receives the editor it acts on (as Excalidraw's Action.perform receives its app); it reads no global.
import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  fitView,
  newDocument,
  openFileDialog,
  pasteClipboard,
  rapikan,
  saveFile,
  startImport,
  focusSearch,
} from './documentActions';
import { editSelectedName, navigateSelection } from './selectionNavigation';
import { mapActionBlocked } from './mapActions';
import { mapEdit } from './mapEdit';
import { MAP_KIND_LABELS } from '../model';
import type { Action, ActionRegistry, Editor, MapEditOp } from './types';

export type { Action } from './types';

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const hasDoc = (editor: Editor) => editor.get().doc !== null;
const hasSelection = (editor: Editor) => editor.get().selection.length > 0;
const showsStructure = (editor: Editor) => hasDoc(editor) && (editor.get().view === 'struktur' || editor.get().view === 'tim');
// in the Peta view, Rapikan and Lihat semua act on the open map (when its kind has a layout)
const mapBlocked = (editor: Editor) => (editor.get().view === 'peta' ? mapActionBlocked(editor) : null);
const canLayout = (editor: Editor) => hasDoc(editor) && mapBlocked(editor) === null;

export const EDITOR_ACTIONS: readonly Action[] = [
  {
    id: 'undo',
    label: 'Batalkan',
    shortcut: 'Ctrl+Z',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: (ed) => (ed.collab.session() ? ed.collab.state.get().canUndo : ed.get().history.past.length > 0),
    perform: (ed) => ed.undo(),
  },
  {
    id: 'redo',
    label: 'Ulangi',
    shortcut: 'Ctrl+Shift+Z / Ctrl+Y',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || (!e.shiftKey && key(e, 'y'))),
    enabled: (ed) => (ed.collab.session() ? ed.collab.state.get().canRedo : ed.get().history.future.length > 0),
    perform: (ed) => ed.redo(),
  },
  { id: 'new', label: 'Dokumen baru', enabled: () => true, perform: newDocument },
  {
    id: 'open',
    label: 'Buka berkas',
    shortcut: 'Ctrl+O',
    keyTest: (e) => mod(e) && key(e, 'o'),
    enabled: () => true,
    perform: openFileDialog,
    whileTyping: true,
  },
  {
    id: 'save',
    label: 'Simpan sebagai berkas',
    shortcut: 'Ctrl+S',
    keyTest: (e) => mod(e) && key(e, 's'),
    enabled: hasDoc,
    perform: saveFile,
    whileTyping: true,
  },
  { id: 'import', label: 'Impor peta jabatan (CSV/XLSX)', enabled: () => true, perform: startImport },
  {
    id: 'export',
    label: 'Ekspor / cetak (PDF, PNG, SVG)',
    shortcut: 'Ctrl+P',
    keyTest: (e) => mod(e) && key(e, 'p'),
    enabled: hasDoc,
    perform: (editor) => editor.openDialog({ type: 'export' }),
  },
  // Hapus and the clipboard act on the view in front of the user (viewEdit): the structure's selection in
  // Struktur, the open map's symbols, boxes or processes in Peta; where a key means nothing, it says so once
  {
    id: 'delete',
    label: 'Hapus',
    shortcut: 'Delete',
    keyTest: (e) => !mod(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    enabled: hasDoc,
    perform: (editor) => viewEdit(editor, 'remove'),
  },
  {
    id: 'copy',
    label: 'Salin',
    shortcut: 'Ctrl+C',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'c'),
    enabled: hasDoc,
    perform: (editor) => viewEdit(editor, 'copy'),
  },
  {
    id: 'cut',
    label: 'Potong',
    shortcut: 'Ctrl+X',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'x'),
    enabled: hasDoc,
    perform: (editor) => viewEdit(editor, 'cut'),
  },
  {
    id: 'paste',
    label: 'Tempel',
    shortcut: 'Ctrl+V',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'v'),
    enabled: hasDoc,
    perform: (editor) => viewEdit(editor, 'paste'),
  },
  {
    id: 'duplicate',
    label: 'Duplikat',
    shortcut: 'Ctrl+D',
    keyTest: (e) => mod(e) && key(e, 'd'),
    enabled: hasDoc,
    perform: (editor) => viewEdit(editor, 'duplicate'),
  },
  { id: 'layout', label: 'Rapikan', shortcut: 'Shift+L', keyTest: (e) => e.shiftKey && !mod(e) && key(e, 'l'), enabled: canLayout, disabledReason: mapBlocked, perform: rapikan },
  { id: 'fit', label: 'Tampilkan semua', shortcut: 'Shift+1', keyTest: (e) => e.shiftKey && e.code === 'Digit1', enabled: canLayout, disabledReason: mapBlocked, perform: fitView },
  ...(['up', 'down', 'left', 'right'] as const).map(
    (dir): Action => ({
      id: `select-${dir}`,
      label: { up: 'Pilih atasan', down: 'Pilih bawahan pertama', left: 'Pilih jabatan sebelumnya', right: 'Pilih jabatan berikutnya' }[dir],
      shortcut: { up: '↑', down: '↓', left: '←', right: '→' }[dir],
      keyTest: (e) => !mod(e) && !e.shiftKey && e.key === `Arrow${dir[0].toUpperCase()}${dir.slice(1)}`,
      // they walk the structure: in a view that does not show it (Peta) they select nothing behind the user's back
      enabled: showsStructure,
      perform: (editor) => navigateSelection(editor, dir),
    }),
  ),
  { id: 'rename', label: 'Ubah nama jabatan', shortcut: 'F2', keyTest: (e) => e.key === 'F2', enabled: hasSelection, perform: editSelectedName },
  { id: 'find', label: 'Cari jabatan', shortcut: 'Ctrl+F', keyTest: (e) => mod(e) && key(e, 'f'), enabled: hasDoc, perform: focusSearch, whileTyping: true },
];

const OP_LABEL: Record<MapEditOp, string> = { copy: 'Salin', cut: 'Potong', paste: 'Tempel', duplicate: 'Duplikat', remove: 'Hapus' };

/** Run an editing shortcut on the current view only. */
function viewEdit(editor: Editor, op: MapEditOp): void {
  const { view, selection, doc } = editor.get();
  // the Tim Kerja view draws the structure too: its boxes are edited as in Struktur
  if (view === 'struktur' || view === 'tim') {
    if (op === 'paste') return void pasteClipboard(editor);
    if (!selection.length) return editor.sayOnce(`${OP_LABEL[op]}: pilih jabatan pada struktur lebih dahulu.`);
    if (op === 'copy') return copySelection(editor);
    if (op === 'duplicate') return duplicateSelection(editor);
    if (op === 'remove') return deleteSelection(editor);
    // cut: copy, then the usual delete dialog (which asks about the subordinates)
    copySelection(editor);
    return deleteSelection(editor);
  }
  if (view === 'peta') {
    const perform = mapEdit(editor, op);
    if (perform) return perform();
    const map = doc && editor.get().activeMapId ? doc.maps[editor.get().activeMapId!] : undefined;
    // the canvases of lintas fungsi and relasi maps delete their selection themselves (React Flow's Delete key)
    if (op === 'remove' && map && (map.kind === 'lintas-fungsi' || map.kind === 'relasi')) return;
    return editor.sayOnce(`${OP_LABEL[op]} tidak berlaku di sini: ${map ? `${MAP_KIND_LABELS[map.kind].toLowerCase()} tidak memiliki elemen yang dapat di${op === 'remove' ? 'hapus' : 'salin'} dengan tombol ini` : 'belum ada peta yang dibuka'}.`);
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function createActionRegistry(editor: Editor): ActionRegistry {
  const all: Action[] = [...EDITOR_ACTIONS];
  const registry: ActionRegistry = {
    get all() {
      return all;
    },
    byId(id) {
      const a = all.find((x) => x.id === id);
      if (!a) throw new Error(`unknown action ${id}`);
      return a;
    },
    register(action) {
      const i = all.findIndex((x) => x.id === action.id);
      if (i >= 0) all[i] = action;
      else all.push(action);
    },
    isEnabled: (id) => registry.byId(id).enabled(editor),
    async perform(id) {
      const a = registry.byId(id);
      if (a.enabled(editor)) await a.perform(editor);
    },
    handleKeyDown(e) {
      const typing = isTyping(e.target);
      for (const action of all) {
        if (!action.keyTest?.(e)) continue;
        if (typing && !action.whileTyping) return;
        e.preventDefault();
        if (action.enabled(editor)) void action.perform(editor);
        return;
      }
    },
  };
  return registry;
}
