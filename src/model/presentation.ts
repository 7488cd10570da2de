// Presentation steps read against the document: what a step shows, its caption, and whether what it points at
// still exists (a step is not deleted with its position, map or team: it reports itself missing instead).
import { descendantsOf, structureIndex } from './structure';
import type { Position, PresentationStep, Workspace } from './schema';

const NO_STEPS: readonly PresentationStep[] = [];

/** The document's presentation sequence; none when the document has never had one. */
export function presentationSteps(doc: Workspace): readonly PresentationStep[] {
  return doc.presentation?.steps ?? NO_STEPS;
}

/** The positions of the subtree under `rootId`, the root first. */
export function subtreeIds(doc: Pick<Workspace, 'positions' | 'units'>, rootId: string): string[] {
  if (!doc.positions[rootId]) return [];
  return [rootId, ...descendantsOf(structureIndex(doc), rootId).map((p) => p.id)];
}

/** Why a step cannot be shown any more, or null when it can. */
export function missingTarget(doc: Workspace, step: PresentationStep): string | null {
  switch (step.kind) {
    case 'struktur':
      return step.rootId !== null && !doc.positions[step.rootId] ? 'Jabatan puncak tampilan ini sudah dihapus dari struktur.' : null;
    case 'map':
      return doc.maps[step.mapId] ? null : 'Peta tampilan ini sudah dihapus.';
    case 'team':
      return doc.teams[step.teamId] ? null : 'Tim Kerja tampilan ini sudah dihapus.';
  }
}

/** What the step shows, in words: the name of its subtree, map or team. */
export function describeStep(doc: Workspace, step: PresentationStep): string {
  switch (step.kind) {
    case 'struktur':
      if (step.rootId !== null) return `Struktur di bawah «${doc.positions[step.rootId]?.nama ?? step.rootId}»`;
      return step.region ? 'Bagian struktur yang diperbesar' : 'Seluruh struktur';
    case 'map': {
      const title = doc.maps[step.mapId]?.title ?? step.mapId;
      return step.region ? `Bagian peta «${title}»` : `Peta «${title}»`;
    }
    case 'team':
      return `Tim Kerja «${doc.teams[step.teamId]?.nama ?? step.teamId}»`;
  }
}

/** The caption while presenting: the trainer's title, else what the step shows. */
export function stepTitle(doc: Workspace, step: PresentationStep): string {
  return step.title.trim() || describeStep(doc, step);
}

/**
 * The units a structure step can be split into, one step each, so no step has to show 189 boxes at once: with
 * several Perangkat Daerah, their heads; within one, the officials under its head that lead a unit of their own
 * (those with subordinates). None for a map or team step, or when there are fewer than two.
 */
export function stepUnits(doc: Pick<Workspace, 'positions' | 'units'>, step: PresentationStep): Position[] {
  // a region is a part the trainer chose on screen: it stays as it is
  if (step.kind !== 'struktur' || (step.rootId === null && step.region !== null)) return [];
  const index = structureIndex(doc);
  const leads = (p: Position) => (index.subordinates.get(p.id)?.length ?? 0) > 0;
  let heads: Position[];
  if (step.rootId !== null) heads = doc.positions[step.rootId] ? [doc.positions[step.rootId]] : [];
  else heads = Object.values(doc.positions).filter((p) => (p.superiorId === null || !doc.positions[p.superiorId]) && leads(p));
  const units = heads.length >= 2 ? heads : heads.flatMap((h) => (index.subordinates.get(h.id) ?? []).filter(leads));
  return units.length >= 2 ? units : [];
}
