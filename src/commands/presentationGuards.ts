// Checks shared by the presentation-step commands.
import type { PresentationStep, Workspace } from '../model';
import { presentationSteps, stepTitle } from '../model/presentation';
import { CommandError } from './command';

export function requireStepIndex(doc: Workspace, id: string): number {
  const index = presentationSteps(doc).findIndex((s) => s.id === id);
  if (index < 0) throw new CommandError(`Tampilan presentasi dengan id «${id}» tidak ditemukan dalam dokumen.`);
  return index;
}

/** The step's caption for labels; the id when the step is unknown. */
export function presentationStepName(doc: Workspace, id: string): string {
  const step = presentationSteps(doc).find((s) => s.id === id);
  return step ? stepTitle(doc, step) : id;
}

/** A new step may only point at what the document has. */
export function checkStepTarget(doc: Workspace, step: PresentationStep): void {
  if (step.kind === 'struktur' && step.rootId !== null && !doc.positions[step.rootId]) {
    throw new CommandError(`Jabatan dengan id «${step.rootId}» tidak ditemukan dalam dokumen.`);
  }
  if (step.kind === 'map' && !doc.maps[step.mapId]) {
    throw new CommandError(`Peta dengan id «${step.mapId}» tidak ditemukan dalam dokumen.`);
  }
  if (step.kind === 'team' && !doc.teams[step.teamId]) {
    throw new CommandError(`Tim Kerja dengan id «${step.teamId}» tidak ditemukan dalam dokumen.`);
  }
}
