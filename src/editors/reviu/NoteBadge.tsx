// The count of open catatan reviu on one element (a box, a map symbol, an arrow, a team, a map), on every canvas and
// list. A click opens the Reviu panel narrowed to that element. Reads the memoised counts: no recount per badge.
import { openNoteCounts } from '../../model';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import type { CSSProperties } from 'react';
import './reviu.css';

/**
 * `passive`: a plain mark inside an element that is itself a button (a list entry), where a button may not nest.
 * `of`: what the notes are on when it is not the element the badge stands on ("unit", "garis"): the badge says it.
 */
export function NoteBadge({ id, className, passive, style, of }: { id: string; className?: string; passive?: boolean; style?: CSSProperties; of?: string }) {
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
      className={`note-badge nodrag nopan ${className ?? ''}`}
      style={style}
      onClick={(e) => {
        e.stopPropagation();
        editor.review.openPanel(id);
      }}
      title={`${count} catatan reviu${of ? ` pada ${of}` : ''} belum selesai — buka di panel Reviu`}
      aria-label={`${count} catatan reviu${of ? ` pada ${of}` : ''}`}
      data-testid={of ? `note-badge-${of}` : 'note-badge'}
    >
      {of ? `${of[0].toUpperCase()}${of.slice(1)} ` : ''}✎{count}
    </button>
  );
}

/**
 * The open notes on the unit a box leads: shown on the unit's head only (the jabatan whose superior stands in
 * another unit, or who has none), beside the box's own badge.
 */
export function UnitNoteBadge({ positionId, unitId }: { positionId: string; unitId: string }) {
  const editor = useEditor();
  const heads = useStore(editor, (s) => {
    if (!s.doc || !openNoteCounts(s.doc).get(unitId)) return false;
    const sup = s.doc.positions[s.doc.positions[positionId]?.superiorId ?? ''];
    return !sup || sup.unitId !== unitId;
  });
  return heads ? <NoteBadge id={unitId} className="note-badge-unit" of="unit" /> : null;
}
