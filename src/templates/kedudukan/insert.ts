// "Sisipkan di sini" for a structure template: the template built into a workspace of its own, then pasted by the
// insertTemplate compound command (commands/insertTemplate.ts) as one undo step.
import { executeAny, type Executed } from '../../commands/command';
import { insertTemplate, type InsertTemplateArgs } from '../../commands/insertTemplate';
import type { Workspace } from '../../model';
import { buildTemplateWorkspace } from './build';
import type { StructureTemplate } from './types';

export type InsertOptions = Pick<InsertTemplateArgs, 'makeId'>;

/** The insertTemplate arguments for `template` under `superiorId` (null: a new top-level unit). */
export function templateInsertArgs(template: StructureTemplate, superiorId: string | null, options: InsertOptions = {}): InsertTemplateArgs {
  return { fragment: buildTemplateWorkspace(template), title: template.title, superiorId, makeId: options.makeId };
}

/** The template pasted into `doc`; pure, throws CommandError when refused. */
export function insertStructureTemplate(doc: Workspace, template: StructureTemplate, superiorId: string | null, options: InsertOptions = {}): Executed {
  return executeAny(doc, insertTemplate, templateInsertArgs(template, superiorId, options));
}
