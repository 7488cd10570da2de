// Penyetaraan jabatan as one undo step: convert the chosen posts (setarakanJabatan), then merge each unit they led
// into its parent unless kept (removeUnit hands its jabatan, sub-units, teams and map references to the parent).
// previewPenyetaraan gives the structure after, the findings before and after and the matriks perubahan, without
// touching the document; applying the preview's `executed` is the same change.
import { lint, type Finding } from '../rules';
import { executeAll, execute, type Executed } from './command';
import { compareDocuments, type DocumentComparison } from './compareDocuments';
import { planPenyetaraan, type PenyetaraanArgs, type PenyetaraanPlan } from './penyetaraanPlan';
import { removeUnit } from './removeUnit';
import { setarakanJabatan } from './setarakanJabatan';
import type { Workspace } from '../model';

export function executePenyetaraan(doc: Workspace, plan: PenyetaraanPlan): Executed {
  const n = plan.conversions.length;
  const label = n === 1 ? `Setarakan «${plan.conversions[0].namaLama}» ke JF` : `Setarakan ${n} jabatan struktural ke JF`;
  return executeAll(doc, label, [
    (d) => execute(d, setarakanJabatan, { plan }),
    ...plan.mergedUnits.map((id) => (d: Workspace) => execute(d, removeUnit, { id })),
  ]);
}

export interface PenyetaraanPreview {
  /** the document the preview was made on: applying it to another one would undo the changes made since */
  before: Workspace;
  plan: PenyetaraanPlan;
  executed: Executed;
  after: Workspace;
  comparison: DocumentComparison;
  /** the findings of the document now and after the conversion, for the side-by-side view */
  findingsBefore: Finding[];
  findingsAfter: Finding[];
}

export function previewPenyetaraan(doc: Workspace, args: PenyetaraanArgs, findingsBefore?: Finding[]): PenyetaraanPreview {
  const plan = planPenyetaraan(doc, args);
  const executed = executePenyetaraan(doc, plan);
  const before = findingsBefore ?? lint(doc);
  const findingsAfter = lint(executed.doc);
  const comparison = compareDocuments(doc, executed.doc, { match: 'id', findingsBefore: before, findingsAfter });
  return { before: doc, plan, executed, after: executed.doc, comparison, findingsBefore: before, findingsAfter };
}
