// The team shown on the structure in the Tim Kerja view, as small stores the canvas reads through selectors: each
// box asks only for its own role (so showing another team re-renders only the boxes whose role changes, and the
// node objects of the flow never change), the team-lines layer for the lines. `teamDrop` is the team entry or
// drop zone under the pointer while a box is dragged out of the canvas.
import { useEffect } from 'react';
import { createStore, useStore } from './createStore';
import { editor } from './editorStore';
import { highlightRoles, teamLines, type HighlightRole, type TeamLine } from './teamViewModel';

export interface TeamHighlight {
  teamId: string | null;
  roles: ReadonlyMap<string, HighlightRole>;
  lines: readonly TeamLine[];
}

export const teamHighlight = createStore<TeamHighlight>({ teamId: null, roles: new Map(), lines: [] });

/** The badge a box of the active team carries; plain members are outlined only. */
export const TEAM_BADGE: Partial<Record<HighlightRole, string>> = {
  ketua: 'Ketua',
  koordinator: 'Koordinator',
  penanggungjawab: 'Penanggungjawab',
};

/** Keeps `teamHighlight` on the active team while the Tim Kerja view is shown; empty otherwise. */
export function useTeamHighlightSync(): void {
  const team = useStore(editor, (s) => (s.view === 'tim' && s.activeTeamId !== null ? s.doc?.teams[s.activeTeamId] : undefined));
  useEffect(() => {
    teamHighlight.set({ teamId: team?.id ?? null, roles: highlightRoles(team), lines: teamLines(team) });
  }, [team]);
}

export const teamDrop = createStore<{ teamId: string | null }>({ teamId: null });

export const TEAM_DROP_ATTR = 'data-team-drop';


export function setTeamDrop(teamId: string | null): void {
  if (teamDrop.get().teamId !== teamId) teamDrop.set({ teamId });
}
