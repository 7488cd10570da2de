// Presentation steps read against the document: what a step shows, its caption, and whether what it points at
// still exists (a step is not deleted with its position, map or team: it reports itself missing instead).
import { descendantsOf, structureIndex } from './structure';
import type { PresentationStep, Workspace } from './schema';

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
