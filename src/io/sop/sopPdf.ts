// The SOP document (sopScene.ts) as its own PDF: A4 or F4 landscape, the identity block on the first page, the flow
// table over the next pages with its header on each. Loaded lazily with jsPDF.
import type { LintasFungsiMap, Workspace } from '../../model';
import type { Paper } from '../export/paper';
import { pagesToPdf } from '../export/pdf';
import { sopPages } from './sopScene';

export function sopPdf(doc: Workspace, map: LintasFungsiMap, paper: Paper) {
  return pagesToPdf(sopPages(doc, map, { paper }), { paper, orientation: 'landscape', mode: 'fit', tilesAcross: 1, title: map.title, heading: null, signature: null });
}
