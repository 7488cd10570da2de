// The review desk's files as Blobs, for the browser (load this module lazily: it pulls jsPDF and the XLSX writer).
import type { DocumentComparison } from '../../commands/compareDocuments';
import type { Workspace } from '../../model';
import type { Finding } from '../../rules/types';
import type { Paper } from '../export/paper';
import { tableToPdf } from '../export/tablePdf';
import { tablesToXlsx } from '../export/xlsx';
import { lembarReviuPdfTable, lembarReviuRows, lembarReviuXlsx } from './lembarReviu';
import { matriksPdfTable, matriksXlsx, type MatriksTitles } from './matriks';

export function lembarReviuPdfBlob(doc: Workspace, findings: Finding[], paper: Paper, printedAt: string): Blob {
  return tableToPdf(lembarReviuPdfTable(doc, lembarReviuRows(doc, findings), printedAt), paper).output('blob');
}

export function lembarReviuXlsxBlob(doc: Workspace, findings: Finding[]): Promise<Blob> {
  return tablesToXlsx(lembarReviuXlsx(lembarReviuRows(doc, findings)));
}

export function matriksPdfBlob(cmp: DocumentComparison, titles: MatriksTitles, paper: Paper): Blob {
  return tableToPdf(matriksPdfTable(cmp, titles), paper).output('blob');
}

export function matriksXlsxBlob(cmp: DocumentComparison): Promise<Blob> {
  return tablesToXlsx(matriksXlsx(cmp));
}
