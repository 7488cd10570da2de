// Every user action is registered once here and dispatched alike from the keyboard, the toolbar and menus.
import { editor, openDialog, redo, undo } from '../editor/editorStore';
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
import { editSelectedName, navigateSelection } from '../editor/selectionNavigation';
import { startPresentation } from './presentation/presentationStore';
import { mapActionBlocked } from '../editor/mapActions';
import { mapEdit, sayOnce, type MapEditOp } from '../editor/mapEdit';
import { MAP_KIND_LABELS } from '../model';

export interface Action {
  id: string;
  label: string;
  /** shown in tooltips, e.g. "Ctrl+Z" */
  shortcut?: string;
  keyTest?: (e: KeyboardEvent) => boolean;
  enabled: () => boolean;
  /** why the action is off now, for its tooltip */
  disabledReason?: () => string | null;
  perform: () => void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const hasDoc = () => editor.get().doc !== null;
const hasSelection = () => editor.get().selection.length > 0;
// in the Peta view, Rapikan and Lihat semua act on the open map (when its kind has a layout)
const mapBlocked = () => (editor.get().view === 'peta' ? mapActionBlocked() : null);
const canLayout = () => hasDoc() && mapBlocked() === null;

export const ACTIONS: Action[] = [
  {
    id: 'undo',
    label: 'Batalkan',
    shortcut: 'Ctrl+Z',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: () => editor.get().history.past.length > 0,
    perform: undo,
  },
  {
    id: 'redo',
    label: 'Ulangi',
    shortcut: 'Ctrl+Shift+Z / Ctrl+Y',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || (!e.shiftKey && key(e, 'y'))),
    enabled: () => editor.get().history.future.length > 0,
    perform: redo,
  },
  { id: 'new', label: 'Dokumen baru', enabled: () => true, perform: newDocument },
  {
    id: 'open',
    label: 'Buka berkas',
    shortcut: 'Ctrl+O',
    keyTest: (e) => mod(e) && key(e, 'o'),
    enabled: () => true,
    perform: openFileDialog,
  },
  {
    id: 'save',
    label: 'Simpan sebagai berkas',
    shortcut: 'Ctrl+S',
    keyTest: (e) => mod(e) && key(e, 's'),
    enabled: hasDoc,
    perform: saveFile,
  },
  { id: 'import', label: 'Impor peta jabatan (CSV/XLSX)', enabled: () => true, perform: startImport },
  {
    id: 'export',
    label: 'Ekspor / cetak (PDF, PNG, SVG)',
    shortcut: 'Ctrl+P',
    keyTest: (e) => mod(e) && key(e, 'p'),
    enabled: hasDoc,
    perform: () => openDialog({ type: 'export' }),
  },
  // Hapus and the clipboard act on the view in front of the user (viewEdit): the structure's selection in
  // Struktur, the open map's symbols, boxes or processes in Peta; where a key means nothing, it says so once
  {
    id: 'delete',
    label: 'Hapus',
    shortcut: 'Delete',
    keyTest: (e) => !mod(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    enabled: hasDoc,
    perform: () => viewEdit('remove'),
  },
  {
    id: 'copy',
    label: 'Salin',
    shortcut: 'Ctrl+C',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'c'),
    enabled: hasDoc,
    perform: () => viewEdit('copy'),
  },
  {
    id: 'cut',
    label: 'Potong',
    shortcut: 'Ctrl+X',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'x'),
    enabled: hasDoc,
    perform: () => viewEdit('cut'),
  },
  {
    id: 'paste',
    label: 'Tempel',
    shortcut: 'Ctrl+V',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'v'),
    enabled: hasDoc,
    perform: () => viewEdit('paste'),
  },
  {
    id: 'duplicate',
    label: 'Duplikat',
    shortcut: 'Ctrl+D',
    keyTest: (e) => mod(e) && key(e, 'd'),
    enabled: hasDoc,
    perform: () => viewEdit('duplicate'),
  },
  { id: 'layout', label: 'Rapikan', shortcut: 'Shift+L', keyTest: (e) => e.shiftKey && !mod(e) && key(e, 'l'), enabled: canLayout, disabledReason: mapBlocked, perform: rapikan },
  { id: 'fit', label: 'Tampilkan semua', shortcut: 'Shift+1', keyTest: (e) => e.shiftKey && e.code === 'Digit1', enabled: canLayout, disabledReason: mapBlocked, perform: fitView },
  ...(['up', 'down', 'left', 'right'] as const).map(
    (dir): Action => ({
      id: `select-${dir}`,
      label: { up: 'Pilih atasan', down: 'Pilih bawahan pertama', left: 'Pilih jabatan sebelumnya', right: 'Pilih jabatan berikutnya' }[dir],
      shortcut: { up: '↑', down: '↓', left: '←', right: '→' }[dir],
      keyTest: (e) => !mod(e) && !e.shiftKey && e.key === `Arrow${dir[0].toUpperCase()}${dir.slice(1)}`,
      enabled: hasDoc,
      perform: () => navigateSelection(dir),
    }),
  ),
  { id: 'rename', label: 'Ubah nama jabatan', shortcut: 'F2', keyTest: (e) => e.key === 'F2', enabled: hasSelection, perform: editSelectedName },
  { id: 'find', label: 'Cari jabatan', shortcut: 'Ctrl+F', keyTest: (e) => mod(e) && key(e, 'f'), enabled: hasDoc, perform: focusSearch },
  // F5 as in slide software; while presenting, presentation/Presentation.tsx takes every key before these
  { id: 'present', label: 'Mulai presentasi', shortcut: 'F5', keyTest: (e) => e.key === 'F5' && !mod(e) && !e.shiftKey, enabled: hasDoc, perform: () => startPresentation(0) },
];

const OP_LABEL: Record<MapEditOp, string> = { copy: 'Salin', cut: 'Potong', paste: 'Tempel', duplicate: 'Duplikat', remove: 'Hapus' };

/** Run an editing shortcut on the current view only. */
function viewEdit(op: MapEditOp): void {
  const { view, selection, doc } = editor.get();
  // the Tim Kerja view draws the structure too: its boxes are edited as in Struktur
  if (view === 'struktur' || view === 'tim') {
    if (op === 'paste') return void pasteClipboard();
    if (!selection.length) return sayOnce(`${OP_LABEL[op]}: pilih jabatan pada struktur lebih dahulu.`);
    if (op === 'copy') return copySelection();
    if (op === 'duplicate') return duplicateSelection();
    if (op === 'remove') return deleteSelection();
    // cut: copy, then the usual delete dialog (which asks about the subordinates)
    copySelection();
    return deleteSelection();
  }
  if (view === 'peta') {
    const perform = mapEdit(op);
    if (perform) return perform();
    const map = doc && editor.get().activeMapId ? doc.maps[editor.get().activeMapId!] : undefined;
    // the canvases of lintas fungsi and relasi maps delete their selection themselves (React Flow's Delete key)
    if (op === 'remove' && map && (map.kind === 'lintas-fungsi' || map.kind === 'relasi')) return;
    return sayOnce(`${OP_LABEL[op]} tidak berlaku di sini: ${map ? `${MAP_KIND_LABELS[map.kind].toLowerCase()} tidak memiliki elemen yang dapat di${op === 'remove' ? 'hapus' : 'salin'} dengan tombol ini` : 'belum ada peta yang dibuka'}.`);
  }
}

export function actionById(id: string): Action {
  const a = ACTIONS.find((x) => x.id === id);
  if (!a) throw new Error(`unknown action ${id}`);
  return a;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keys that edit text keep their meaning in form fields; Ctrl+S/O still work there. */
export function handleKeyDown(e: KeyboardEvent): void {
  const typing = isTyping(e.target);
  for (const action of ACTIONS) {
    if (!action.keyTest?.(e)) continue;
    if (typing && !['save', 'open', 'find', 'present'].includes(action.id)) return;
    e.preventDefault();
    if (action.enabled()) action.perform();
    return;
  }
}
