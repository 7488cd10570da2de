// Templates of lintas fungsi maps from Perbup Banjar 39/2024 (seed 003): three penugasan mechanisms (Lampiran II
// huruf B) and the tahapan mekanisme kerja of five kinds of Perangkat Daerah (Lampiran I huruf A–E).
import type { Workspace } from '../model';
import { applyTemplateTo, type AppliedTemplate, type ApplyOptions } from './build';
import { mekanismeDinasBadan, mekanismeDpmptsp, mekanismeKecamatan, mekanismeRsud, mekanismeSetda } from './mekanismeKerja';
import { penunjukanLintasInstansi, penunjukanLintasUnit, pengajuanSukarelaLintasUnit } from './penugasan';
import type { LintasFungsiTemplate } from './types';

export type { LaneMatch, LintasFungsiTemplate, TemplateLane, TemplateStep } from './types';
export { buildTemplateMap, applyTemplateTo, stepTargets, type AppliedTemplate, type ApplyOptions, type BuildOptions, type LaneReport } from './build';
export { choosePerangkatDaerah, headOfUnit, matchLane, type LaneMatchResult } from './match';

export const TEMPLATES: readonly LintasFungsiTemplate[] = [
  penunjukanLintasUnit,
  penunjukanLintasInstansi,
  pengajuanSukarelaLintasUnit,
  mekanismeSetda,
  mekanismeDinasBadan,
  mekanismeDpmptsp,
  mekanismeRsud,
  mekanismeKecamatan,
];

export function templateById(id: string): LintasFungsiTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** applyTemplateTo by template id; throws for an unknown id. */
export function applyTemplate(doc: Workspace, templateId: string, options: ApplyOptions = {}): AppliedTemplate {
  const template = templateById(templateId);
  if (!template) throw new Error(`Templat «${templateId}» tidak dikenal.`);
  return applyTemplateTo(doc, template, options);
}
