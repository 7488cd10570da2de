// The Lembar Reviu (issue 17): every catatan reviu with its subject's name, where it is, the citations that bear on
// it (a finding note: the finding's citation; an element note: the findings on that element now), the status and the
// replies — as a table for the PDF and the XLSX. Pure.
import { ELEMENT_TYPE_LABELS, locateElement, noteDate, noteList, NOTE_STATUS_LABELS, subjectExists, subjectName, type ReviewNote, type Workspace } from '../../model';
import type { Finding } from '../../rules/types';
import type { PdfTable } from '../export/tablePdf';
import type { XlsxTable } from '../export/xlsx';

export interface LembarReviuRow {
  no: number;
  noteId: string;
  jenis: string;
  pokok: string;
  letak: string;
  catatan: string;
  penulis: string;
  tanggal: string;
  status: string;
  tanggapan: string;
  rujukan: string;
}

export const LEMBAR_REVIU_COLUMNS = ['No', 'Jenis', 'Pokok catatan', 'Letak', 'Catatan', 'Penulis', 'Tanggal', 'Status', 'Tanggapan', 'Rujukan peraturan'] as const;

function where(doc: Workspace, n: ReviewNote): string {
  const s = n.subject;
  if (s.kind === 'finding') return 'Temuan';
  const found = locateElement(doc, s.id, s.mapId);
  if (!found) return '';
  if (found.mapId && found.type !== 'peta') return `Peta «${doc.maps[found.mapId]?.title ?? found.mapId}»`;
  if (found.type === 'tim') return 'Tim Kerja';
  if (found.type === 'peta') return 'Peta proses bisnis';
  return 'Struktur';
}

export function lembarReviuRows(doc: Workspace, findings: Finding[]): LembarReviuRow[] {
  const bySubject = new Map<string, Finding[]>();
  for (const f of findings) {
    const first = f.subjects[0];
    if (first === undefined) continue;
    const list = bySubject.get(first);
    if (list) list.push(f);
    else bySubject.set(first, [f]);
  }
  return noteList(doc).map((n, i) => {
    const s = n.subject;
    const gone = !subjectExists(doc, s);
    let jenis: string;
    let rujukan: string;
    if (s.kind === 'finding') {
      jenis = `Temuan ${s.ruleId}`;
      rujukan = s.citation || '';
    } else {
      const found = locateElement(doc, s.id, s.mapId);
      jenis = found ? ELEMENT_TYPE_LABELS[found.type] : 'Elemen';
      rujukan = [...new Map((bySubject.get(s.id) ?? []).map((f) => [f.ruleId, `${f.ruleId}: ${f.citation}`])).values()].join('\n');
    }
    const pokok = (s.kind === 'finding' && s.message ? `${s.label || s.ruleId} — ${s.message}` : subjectName(doc, s)) + (gone ? ' [pokok catatan sudah tidak ada]' : '');
    return {
      no: i + 1,
      noteId: n.id,
      jenis,
      pokok,
      letak: gone ? '—' : where(doc, n),
      catatan: n.text,
      penulis: n.author,
      tanggal: noteDate(n.at),
      status: NOTE_STATUS_LABELS[n.status],
      tanggapan: n.replies.map((r) => `${r.author} (${noteDate(r.at)}): ${r.text}`).join('\n'),
      rujukan,
    };
  });
}

function cells(r: LembarReviuRow): string[] {
  return [String(r.no), r.jenis, r.pokok, r.letak, r.catatan, r.penulis, r.tanggal, r.status, r.tanggapan, r.rujukan];
}

export function lembarReviuPdfTable(doc: Workspace, rows: LembarReviuRow[], printedAt: string): PdfTable {
  const open = rows.filter((r) => r.status !== NOTE_STATUS_LABELS.selesai).length;
  return {
    title: 'LEMBAR REVIU',
    subtitle: [doc.title, `${doc.instansi.nama ? `${doc.instansi.nama} · ` : ''}${rows.length} catatan, ${open} belum selesai · dicetak ${noteDate(printedAt)}`],
    columns: [
      { label: 'No', weight: 4, align: 'center' },
      { label: 'Jenis', weight: 9 },
      { label: 'Pokok catatan', weight: 20 },
      { label: 'Letak', weight: 11 },
      { label: 'Catatan', weight: 22 },
      { label: 'Penulis', weight: 10 },
      { label: 'Tanggal', weight: 9 },
      { label: 'Status', weight: 8 },
      { label: 'Tanggapan', weight: 20 },
      { label: 'Rujukan peraturan', weight: 18 },
    ],
    rows: rows.map(cells),
    empty: 'Belum ada catatan reviu.',
  };
}

export function lembarReviuXlsx(rows: LembarReviuRow[]): XlsxTable[] {
  const widths = [5, 14, 40, 24, 50, 20, 16, 12, 50, 50];
  return [{ sheet: 'Lembar Reviu', columns: LEMBAR_REVIU_COLUMNS.map((label, i) => ({ label, width: widths[i] })), rows: rows.map((r) => [r.no, ...cells(r).slice(1)]) }];
}
