// How the active team is marked on the structure in the Tim Kerja view (the editor keeps editor.teamHighlight in
// step with the document and the view; each box reads only its own role from it).
import type { HighlightRole } from './teamViewModel';

/** The badge a box of the active team carries; plain members are outlined only. */
export const TEAM_BADGE: Partial<Record<HighlightRole, string>> = {
  ketua: 'Ketua',
  koordinator: 'Koordinator',
  penanggungjawab: 'Penanggungjawab',
};

/** Marks a team entry or drop zone that a box dragged out of the canvas can be dropped on. */
export const TEAM_DROP_ATTR = 'data-team-drop';
