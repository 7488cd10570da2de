// Structure templates (kedudukan patterns and penugasan structures): the list the gallery shows, the builder
// that opens one as a document, and the insertion into an open document.
import { KEDUDUKAN_TEMPLATES } from './pola';
import { PENUGASAN_TEMPLATES } from './penugasan';
import type { StructureTemplate } from './types';

export type { StructureSpec, StructureTemplate, StructureTemplateGroup, TemplateCitation } from './types';
export { buildRecords, buildTemplateWorkspace } from './build';
export { insertStructureTemplate, templateInsertArgs, type InsertOptions } from './insert';
export { buildMapTemplateWorkspace } from './mapDocument';
export { KEDUDUKAN_TEMPLATES, PENUGASAN_TEMPLATES };

export const STRUCTURE_TEMPLATES: readonly StructureTemplate[] = [...KEDUDUKAN_TEMPLATES, ...PENUGASAN_TEMPLATES];

export function structureTemplateById(id: string): StructureTemplate | undefined {
  return STRUCTURE_TEMPLATES.find((t) => t.id === id);
}

/** "Perwali Serang 23/2023, Pasal 6 huruf a angka 1" */
export function citationText(c: { regulation: string; point: string }): string {
  return `${c.regulation}, ${c.point}`;
}
