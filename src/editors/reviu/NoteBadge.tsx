// The count of open catatan reviu on one element (a box, a map symbol, an arrow, a team, a map), on every canvas and
// list. A click opens the Reviu panel narrowed to that element. Reads the memoised counts: no recount per badge.
import { openNoteCounts } from '../../model';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import './reviu.css';

/** `passive`: a plain mark inside an element that is itself a button (a list entry), where a button may not nest. */
export function NoteBadge({ id, className, passive }: { id: string; className?: string; passive?: boolean }) {
  const editor = useEditor();
  const count = useStore(editor, (s) => openNoteCounts(s.doc).get(id) ?? 0);
  if (count === 0) return null;
  if (passive) {
    return (
      <span className={`note-badge ${className ?? ''}`} title={`${count} catatan reviu belum selesai`} data-testid="note-badge">
        ✎{count}
      </span>
    );
  }
  return (
    <button
      className={`note-badge nodrag ${className ?? ''}`}
      onClick={(e) => {
        e.stopPropagation();
        editor.review.openPanel(id);
      }}
      title={`${count} catatan reviu belum selesai — buka di panel Reviu`}
      aria-label={`${count} catatan reviu`}
      data-testid="note-badge"
    >
      ✎{count}
    </button>
  );
}
