// A standalone, printable HTML page of an SOP table (PermenPAN 35/2012 layout): every text escaped, the SOP AP
// symbols drawn as inline SVG in the pelaksana columns. A string in, a string out: no DOM needed, so the CLI,
// tests and the browser (open in a new tab, print to PDF) all use it.
import { formatTanggal, type SopIdentitas } from '../../model';
import { softHyphens } from '../text/measure';
import { cleanText } from '../text/sanitize';
import type { SopRow, SopSymbol, SopTable } from './sopTable';

export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const W = 64;
const H = 34;

/** The SOP AP symbol (PermenPAN 35/2012) as inline SVG. */
export function symbolSvg(symbol: SopSymbol): string {
  const stroke = 'stroke="#000" stroke-width="1.5" fill="#fff"';
  let shape: string;
  switch (symbol) {
    case 'mulai':
    case 'selesai':
      shape = `<rect x="2" y="4" width="${W - 4}" height="${H - 8}" rx="${(H - 8) / 2}" ${stroke}/>`;
      break;
    case 'kegiatan':
      shape = `<rect x="4" y="4" width="${W - 8}" height="${H - 8}" ${stroke}/>`;
      break;
    case 'keputusan':
      shape = `<polygon points="${W / 2},2 ${W - 4},${H / 2} ${W / 2},${H - 2} 4,${H / 2}" ${stroke}/>`;
      break;
    case 'penghubung':
      shape = `<polygon points="${W / 2 - 12},3 ${W / 2 + 12},3 ${W / 2 + 12},${H - 12} ${W / 2},${H - 3} ${W / 2 - 12},${H - 12}" ${stroke}/>`;
      break;
  }
  const title = { mulai: 'Mulai', selesai: 'Selesai', kegiatan: 'Kegiatan', keputusan: 'Keputusan', penghubung: 'Penghubung antarhalaman' }[symbol];
  return `<svg class="simbol" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}"><title>${title}</title>${shape}</svg>`;
}

function row(table: SopTable, r: SopRow): string {
  const cells = table.columns
    .map((_, i) => `<td class="pelaksana">${r.column === i ? symbolSvg(r.symbol) : ''}</td>`)
    .join('');
  const e = escapeHtml;
  return (
    `<tr data-node="${e(r.nodeId)}"><td class="no">${r.no}</td><td class="kegiatan">${e(r.kegiatan)}</td>${cells}` +
    `<td>${e(r.kelengkapan)}</td><td>${e(r.waktu)}</td><td>${e(r.output)}</td><td>${e(r.keterangan)}</td></tr>`
  );
}

const STYLE = `
@page { size: A4 landscape; margin: 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; margin: 0; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 4pt; }
.identitas { margin: 0 0 8pt; border-collapse: collapse; }
.identitas td { padding: 1pt 8pt 1pt 0; border: none; }
table.sop { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.sop td, table.sop th { overflow-wrap: anywhere; }
/* a pelaksana's name breaks at spaces, or hyphenated at its syllables (soft hyphens), never inside a syllable */
table.sop th.lajur { overflow-wrap: normal; hyphens: manual; font-size: 9pt; }
.sumber { font-style: italic; margin-top: 6pt; font-size: 9pt; }
table.sop th, table.sop td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: middle; }
table.sop th { background: #eee; text-align: center; font-weight: bold; }
table.sop thead { display: table-header-group; }
table.sop tr { page-break-inside: avoid; }
td.no { text-align: center; width: 2.5em; }
td.kegiatan { width: 16em; }
td.pelaksana { text-align: center; width: 5.5em; }
svg.simbol { display: block; margin: 0 auto; }
`;

export interface SopHtmlExtra {
  /** the steps' sources, written once under the table */
  sumber?: readonly string[];
  /** the SOP AP identity block of the map */
  identitas?: SopIdentitas;
}

/** The table as a whole HTML document, ready to print. */
export function renderSopHtml(table: SopTable, extra: SopHtmlExtra = {}): string {
  const e = escapeHtml;
  const n = Math.max(1, table.columns.length);
  const laneHeads = table.columns.length
    ? table.columns.map((c) => `<th class="lajur">${e(softHyphens(c.nama))}</th>`).join('')
    : '<th></th>';
  const m = table.meta;
  const ident: [string, string][] = [
    ['Unit pemilik', table.unitPemilik],
    ['Nomor SK', m.skNomor],
    ['Tanggal SK', m.skTanggal ?? ''],
    ['Tahun', m.tahun === null ? '' : String(m.tahun)],
    ['Revisi', String(m.revisi)],
    ['Status', m.status === 'ditetapkan' ? 'Ditetapkan' : 'Draf'],
  ];
  const id = extra.identitas;
  if (id) {
    const d = (v: string | null) => (v ? formatTanggal(v) : '');
    ident.unshift(['Nomor SOP', id.nomor], ['Tanggal pembuatan', d(id.tanggalPembuatan)], ['Tanggal revisi', d(id.tanggalRevisi)], ['Tanggal efektif', d(id.tanggalEfektif)], ['Disahkan oleh', id.disahkanOleh]);
    ident.push(['Dasar hukum', id.dasarHukum], ['Keterkaitan', id.keterkaitan], ['Peringatan', id.peringatan], ['Kualifikasi pelaksana', id.kualifikasiPelaksana], ['Peralatan/perlengkapan', id.peralatan], ['Pencatatan dan pendataan', id.pencatatan]);
  }
  const identRows = ident
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<tr><td>${e(k)}</td><td>: ${e(v)}</td></tr>`)
    .join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="id"><head><meta charset="utf-8">',
    `<title>SOP ${e(table.title)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${e(table.title)}</h1>`,
    `<table class="identitas">${identRows}</table>`,
    '<table class="sop"><thead>',
    `<tr><th rowspan="2">No</th><th rowspan="2">Kegiatan</th><th colspan="${n}">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">Keterangan</th></tr>`,
    `<tr>${laneHeads}<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>`,
    '</thead><tbody>',
    ...table.rows.map((r) => row(table, r)),
    '</tbody></table>',
    extra.sumber?.length ? `<p class="sumber">Sumber: ${e(extra.sumber.join('; '))}</p>` : '',
    '</body></html>',
  ].join('\n');
}
