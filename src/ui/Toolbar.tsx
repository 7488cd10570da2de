import { setProfile } from '../commands/setProfile';
import { updateDocumentInfo } from '../commands/updateDocumentInfo';
import { openNoteTotal, PROFILE_IDS, PROFILE_LABELS, type ProfileId } from '../model';
import { useStore } from '../editor/createStore';
import { SearchBox } from './SearchBox';
import { openGuide, VIEW_SECTION } from './help';
import { PresentationButtons } from './presentation/PresentationButtons';
import { useEditor } from '../editor/context';
import { useRovingToolbar } from './kit/useRovingToolbar';
import { CollabPill } from './collab/CollabPill';

function ActionButton({ id, children }: { id: string; children?: React.ReactNode }) {
  const editor = useEditor();
  // re-render when anything that decides availability changes
  useStore(editor, (s) => [s.history.past.length, s.history.future.length, s.selection.join(' '), s.doc !== null, s.view, s.activeMapId].join());
  useStore(editor.canvases, (s) => s.handles);
  // in a room undo/redo are the room's own-step stacks
  useStore(editor.collab.state, (s) => `${s.phase} ${s.canUndo} ${s.canRedo}`);
  const action = editor.actions.byId(id);
  const enabled = action.enabled(editor);
  const reason = enabled ? null : action.disabledReason?.(editor);
  return (
    <button
      className="tb-btn"
      onClick={() => action.perform(editor)}
      disabled={!enabled}
      title={(action.shortcut ? `${action.label} (${action.shortcut})` : action.label) + (reason ? ` — ${reason}` : '')}
      data-testid={`action-${id}`}
    >
      {children ?? action.label}
    </button>
  );
}

export function Toolbar() {
  const editor = useEditor();
  const title = useStore(editor, (s) => s.doc?.title ?? '');
  const profileId = useStore(editor, (s) => s.doc?.profileId ?? 'nasional');
  const inRoom = useStore(editor.collab.state, (s) => s.phase === 'in');
  const roomUndo = useStore(editor.collab.state, (s) => s.undoLabel);
  const roomRedo = useStore(editor.collab.state, (s) => s.redoLabel);
  const ownUndo = useStore(editor, (s) => s.history.past.at(-1)?.label);
  const ownRedo = useStore(editor, (s) => s.history.future[0]?.label);
  const undoLabel = inRoom ? roomUndo : ownUndo;
  const redoLabel = inRoom ? roomRedo : ownRedo;
  const view = useStore(editor, (s) => s.view);
  const bar = useRovingToolbar<HTMLDivElement>();
  return (
    <header className="toolbar">
      <h1 className="brand">PetaKerja</h1>
      <input
        className="doc-title"
        aria-label="Judul dokumen"
        value={title}
        onChange={(e) => editor.run(updateDocumentInfo, { title: e.target.value }, { mergeKey: 'doc-title' })}
      />
      {/* the command buttons are one Tab stop; the arrow keys move between them */}
      <div className="tb-bar" role="toolbar" aria-label="Bilah alat" ref={bar}>
      <div className="tb-group">
        <ActionButton id="new">Baru</ActionButton>
        <ActionButton id="open">Buka…</ActionButton>
        <ActionButton id="save">Simpan</ActionButton>
        <ActionButton id="import">Impor…</ActionButton>
        <ActionButton id="export">Ekspor…</ActionButton>
        <button className="tb-btn" onClick={() => editor.openDialog({ type: 'documents' })} data-testid="action-documents">
          Dokumen
        </button>
        <button className="tb-btn" onClick={() => editor.openDialog({ type: 'templates' })} data-testid="action-templates" title="Galeri templat dari peraturan">
          Templat…
        </button>
        <ReviuButton />
        <CollabButton />
      </div>
      <div className="tb-group">
        <span title={undoLabel ? `Batalkan: ${undoLabel}` : undefined}>
          <ActionButton id="undo"><span className="tb-icon" aria-label="Batalkan">↶</span></ActionButton>
        </span>
        <span title={redoLabel ? `Ulangi: ${redoLabel}` : undefined}>
          <ActionButton id="redo"><span className="tb-icon" aria-label="Ulangi">↷</span></ActionButton>
        </span>
      </div>
      <div className="tb-group">
        <ActionButton id="layout">Rapikan</ActionButton>
        <ActionButton id="fit">Lihat semua</ActionButton>
      </div>
      <PresentationButtons />
      </div>
      <CollabPill />
      <SearchBox />
      <label className="profile-select">
        <span className="sr-only">Profil aturan</span>
        <select
          title="Profil aturan: peraturan daerah yang dipakai untuk memeriksa dokumen ini"
          value={profileId}
          onChange={(e) => editor.run(setProfile, { profileId: e.target.value as ProfileId })}
          data-testid="profile-select"
        >
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {PROFILE_LABELS[id]}
            </option>
          ))}
        </select>
      </label>
      <button
        className="tb-btn help-btn"
        onClick={() => openGuide(VIEW_SECTION[view])}
        title="Panduan pengguna untuk tampilan ini (tab baru)"
        aria-label="Panduan pengguna"
        data-testid="help-guide"
      >
        ?
      </button>
    </header>
  );
}

/** Opens and closes the Reviu panel (catatan reviu, Lembar Reviu, bandingkan, penyetaraan). */
function ReviuButton() {
  const editor = useEditor();
  const open = useStore(editor.review, (s) => s.panelOpen);
  const count = useStore(editor, (s) => openNoteTotal(s.doc));
  return (
    <button
      className="tb-btn"
      aria-pressed={open}
      onClick={() => (open ? editor.review.closePanel() : editor.review.openPanel())}
      title="Panel Reviu: catatan reviu, Lembar Reviu, bandingkan struktur, simulasi penyetaraan"
      data-testid="action-reviu"
    >
      Reviu{count > 0 ? ` (${count})` : ''}
    </button>
  );
}

/**
 * «Kerjakan bersama…»: share this document through the Pemda's own server (nothing is sent before the user joins).
 * Short on the bar so the toolbar keeps one row at 1440 px; in a room the state pill takes its place.
 */
function CollabButton() {
  const editor = useEditor();
  const inRoom = useStore(editor.collab.state, (s) => s.phase !== 'off');
  if (inRoom) return null;
  return (
    <button
      className="tb-btn"
      onClick={() => editor.openDialog({ type: 'collab' })}
      title="Kerjakan bersama…: kerjakan dokumen ini bersama rekan melalui server kerja bersama milik Pemda"
      aria-label="Kerjakan bersama…"
      data-testid="action-collab"
    >
      Bersama…
    </button>
  );
}
