// The SOP of a lintas fungsi map as a document in the PermenPAN 35/2012 SOP AP format, drawn as export Scenes so
// SVG and PDF print it like every other picture: first the identity block (the pemda and unit; Nomor SOP, tanggal
// pembuatan, revisi, tanggal efektif, disahkan oleh, nama SOP; then Dasar Hukum, Keterkaitan, Peringatan,
// Kualifikasi Pelaksana, Peralatan/Perlengkapan, Pencatatan dan Pendataan), then the flow table — No, Kegiatan, one
// column per pelaksana with the step's symbol in it and the lines from symbol to symbol, Mutu Baku (Kelengkapan,
// Waktu, Output), Keterangan — paginated for A4/F4 landscape with the header repeated on every page; the source
// citation once, under the table. Pure: no DOM.
import { formatTanggal, type LintasFungsiMap, type Workspace } from '../../model';
import { MARGIN, PAPER_MM, TITLE_HEIGHT, type Paper } from '../export/paper';
import { sceneOf, type ExportPage, type SceneItem, type SceneShape, type TextLine } from '../export/scene';
import { widestWord, wrapWords } from '../text/measure';
import { sopTable, type SopRow, type SopSymbol, type SopTable } from './sopTable';

/** The table's width in scene px; a landscape page prints it at about 0.27–0.3 mm/px, so 10.5 px ≈ 8 pt. */
const WIDTH = 1000;
const SIZE = 10.5;
const PAD = 5;
const HEAD_FILL = '#e9ecef';
const INK = '#000000';
const FIXED = { no: 30, kegiatan: 185, kelengkapan: 115, waktu: 65, output: 105, keterangan: 145 };
const MIN_LANE = 62;
/** the pelaksana names in the header row */
const LANE_SIZE = 8.5;
const SYMBOL = { width: 44, height: 24 };
/** the row that carries an off-page connector where the flow crosses a page break */
const LINK_ROW = 40;
const OFFPAGE = { width: 26, height: 26 };

interface Column {
  key: string;
  x: number;
  width: number;
}

interface Layout {
  width: number;
  columns: Column[];
  lanes: Column[];
  header: SceneItem[];
  headerHeight: number;
}

function cell(x: number, y: number, width: number, height: number, fill = '#ffffff', texts: TextLine[] = []): SceneShape {
  return { type: 'shape', shape: 'rect', className: 'sop-cell', x, y, width, height, fill, stroke: INK, strokeWidth: 0.8, texts };
}

/** Lines of `text` wrapped to a column, from `y` (the top of the cell), left or centred. */
function cellLines(text: string, x: number, y: number, width: number, opts: { bold?: boolean; centre?: boolean; size?: number } = {}): TextLine[] {
  const size = opts.size ?? SIZE;
  const lead = Math.round(size * 1.24);
  return wrapWords(text, width - 2 * PAD, size, opts.bold).map((line, i) => ({
    text: line,
    x: opts.centre ? x + width / 2 : x + PAD,
    y: y + PAD + i * lead + size * 0.9,
    size,
    bold: opts.bold,
    color: INK,
    anchor: opts.centre ? ('middle' as const) : ('start' as const),
  }));
}

function linesHeight(text: string, width: number, bold = false, size = SIZE): number {
  return wrapWords(text, width - 2 * PAD, size, bold).length * Math.round(size * 1.24) + 2 * PAD;
}

function layoutOf(table: SopTable): Layout {
  const n = Math.max(1, table.columns.length);
  const fixed = Object.values(FIXED).reduce((a, b) => a + b, 0);
  // a lane is at least as wide as the longest word of any pelaksana's name: header words are never split
  const widest = Math.max(0, ...table.columns.map((c) => widestWord(c.nama, LANE_SIZE, true)));
  const laneWidth = Math.max(MIN_LANE, (WIDTH - fixed) / n, Math.ceil(widest + 2 * PAD + 1));
  const width = fixed + laneWidth * n;
  let x = 0;
  const col = (key: string, w: number): Column => {
    const c = { key, x, width: w };
    x += w;
    return c;
  };
  const columns = [col('no', FIXED.no), col('kegiatan', FIXED.kegiatan)];
  const lanes = Array.from({ length: n }, (_, i) => col(`lane${i}`, laneWidth));
  columns.push(...lanes, col('kelengkapan', FIXED.kelengkapan), col('waktu', FIXED.waktu), col('output', FIXED.output), col('keterangan', FIXED.keterangan));
  // two header rows: the groups (Pelaksana, Mutu Baku) over the lane names and the three Mutu Baku columns
  const top = 22;
  const laneNames = table.columns.length ? table.columns.map((c) => c.nama) : [''];
  const second = Math.max(22, ...laneNames.map((name) => linesHeight(name, laneWidth, true, LANE_SIZE)));
  const h = top + second;
  const header: SceneItem[] = [];
  const at = (key: string) => columns.find((c) => c.key === key)!;
  const whole = (key: string, label: string) => {
    const c = at(key);
    header.push(cell(c.x, 0, c.width, h, HEAD_FILL, cellLines(label, c.x, h / 2 - SIZE * 0.9 + 1 - PAD + 4, c.width, { bold: true, centre: true })));
  };
  whole('no', 'No');
  whole('kegiatan', 'Kegiatan');
  const first = lanes[0];
  header.push(cell(first.x, 0, laneWidth * n, top, HEAD_FILL, cellLines('Pelaksana', first.x, 2, laneWidth * n, { bold: true, centre: true })));
  lanes.forEach((c, i) => header.push(cell(c.x, top, c.width, second, HEAD_FILL, cellLines(laneNames[i], c.x, top, c.width, { bold: true, centre: true, size: LANE_SIZE }))));
  const mutu = at('kelengkapan');
  header.push(cell(mutu.x, 0, FIXED.kelengkapan + FIXED.waktu + FIXED.output, top, HEAD_FILL, cellLines('Mutu Baku', mutu.x, 2, FIXED.kelengkapan + FIXED.waktu + FIXED.output, { bold: true, centre: true })));
  for (const [key, label] of [['kelengkapan', 'Kelengkapan'], ['waktu', 'Waktu'], ['output', 'Output']] as const) {
    const c = at(key);
    header.push(cell(c.x, top, c.width, second, HEAD_FILL, cellLines(label, c.x, top + second / 2 - SIZE * 0.9 + 1 - PAD + 4, c.width, { bold: true, centre: true })));
  }
  whole('keterangan', 'Keterangan');
  return { width, columns, lanes, header, headerHeight: h };
}

function symbolShape(symbol: SopSymbol, cx: number, cy: number): SceneShape {
  const base = { type: 'shape' as const, className: `sop-symbol sop-${symbol}`, fill: '#ffffff', stroke: INK, strokeWidth: 1.2, texts: [] };
  const w = SYMBOL.width;
  const h = SYMBOL.height;
  switch (symbol) {
    case 'mulai':
    case 'selesai':
      return { ...base, shape: 'terminator', x: cx - w / 2, y: cy - h / 2 + 2, width: w, height: h - 4 };
    case 'kegiatan':
      return { ...base, shape: 'rect', x: cx - w / 2, y: cy - h / 2, width: w, height: h };
    case 'keputusan':
      return { ...base, shape: 'diamond', x: cx - w / 2, y: cy - h / 2 - 3, width: w, height: h + 6 };
    case 'penghubung':
      return { ...base, shape: 'circle', x: cx - h / 2, y: cy - h / 2, width: h, height: h };
  }
}

const rowText = (r: SopRow) => [r.kegiatan, r.kelengkapan, r.waktu, r.output, r.keterangan];

function rowHeight(layout: Layout, r: SopRow): number {
  const keys = ['kegiatan', 'kelengkapan', 'waktu', 'output', 'keterangan'];
  const texts = rowText(r);
  let h = SYMBOL.height + 16;
  keys.forEach((k, i) => {
    const c = layout.columns.find((col) => col.key === k)!;
    h = Math.max(h, linesHeight(texts[i], c.width));
  });
  return h;
}

/** Where the flow crosses a page break: the page (1-based, as printed) it comes from and the one it goes on to. */
export interface PageLinks {
  from: number | null;
  to: number | null;
}

/**
 * A row holding the off-page connector (PermenPAN 35/2012 SOP AP: the pentagon with the page number) in the lane
 * of the step it joins, "dari hlm. M" or "bersambung ke hlm. N" in Kegiatan, and the line between it and that step.
 */
function linkRow(layout: Layout, y: number, column: number, page: number, incoming: boolean, symbol: { top: number; bottom: number }): SceneItem[] {
  const items: SceneItem[] = [];
  const label = incoming ? `(dari hlm. ${page})` : `(bersambung ke hlm. ${page})`;
  for (const c of layout.columns) {
    items.push(cell(c.x, y, c.width, LINK_ROW, '#ffffff', c.key === 'kegiatan' ? cellLines(label, c.x, y + LINK_ROW / 2 - SIZE * 0.9 - PAD + 4, c.width) : []));
  }
  const lane = layout.lanes[column];
  const cx = lane.x + lane.width / 2;
  const box = { x: cx - OFFPAGE.width / 2, y: y + (LINK_ROW - OFFPAGE.height) / 2, width: OFFPAGE.width, height: OFFPAGE.height };
  items.push({ type: 'path', className: 'sop-line', points: incoming ? [{ x: cx, y: box.y + box.height }, { x: cx, y: symbol.top }] : [{ x: cx, y: symbol.bottom }, { x: cx, y: box.y }], stroke: INK, width: 1, arrow: true });
  items.push({
    type: 'shape',
    shape: 'offpage',
    className: 'sop-symbol sop-offpage',
    ...box,
    fill: '#ffffff',
    stroke: INK,
    strokeWidth: 1.2,
    texts: [{ text: String(page), x: cx, y: box.y + box.height * 0.42 + 3.5, size: 9.5, bold: true, color: INK, anchor: 'middle' }],
  });
  return items;
}

/** Whether the flow runs from `a` straight on to `b` (the line the table draws between consecutive rows). */
function flowsOn(a: SopRow | undefined, b: SopRow | undefined): boolean {
  return !!a && !!b && a.column !== null && b.column !== null && a.exits.some((e) => e.no === b.no);
}

/**
 * The rows of one page, from `top`: cells, symbols and the lines between consecutive symbols on the page; with
 * `links`, an off-page connector row above the first row and/or below the last one.
 */
function rowsItems(layout: Layout, rows: readonly SopRow[], top: number, links: PageLinks = { from: null, to: null }): { items: SceneItem[]; bottom: number } {
  const cells: SceneItem[] = [];
  const symbols: SceneItem[] = [];
  const lines: SceneItem[] = [];
  let y = top + (links.from !== null ? LINK_ROW : 0);
  const centres: ({ x: number; y: number; bottom: number; top: number } | null)[] = [];
  for (const r of rows) {
    const h = rowHeight(layout, r);
    const texts = rowText(r);
    for (const c of layout.columns) {
      if (c.key === 'no') cells.push(cell(c.x, y, c.width, h, '#ffffff', cellLines(String(r.no), c.x, y, c.width, { centre: true })));
      else if (c.key.startsWith('lane')) cells.push(cell(c.x, y, c.width, h));
      else {
        const i = ['kegiatan', 'kelengkapan', 'waktu', 'output', 'keterangan'].indexOf(c.key);
        cells.push(cell(c.x, y, c.width, h, '#ffffff', cellLines(texts[i], c.x, y, c.width)));
      }
    }
    if (r.column !== null && layout.lanes[r.column]) {
      const lane = layout.lanes[r.column];
      const cx = lane.x + lane.width / 2;
      const cy = y + h / 2;
      const s = symbolShape(r.symbol, cx, cy);
      symbols.push(s);
      centres.push({ x: cx, y: cy, top: s.y, bottom: s.y + s.height });
    } else centres.push(null);
    y += h;
  }
  // a line from each symbol to the next row's symbol, as the SOP AP draws the flow; other jumps are in Keterangan
  rows.forEach((r, i) => {
    const a = centres[i];
    const b = centres[i + 1];
    if (!a || !b || i + 1 >= rows.length) return;
    const exit = r.exits.find((e) => e.no === rows[i + 1].no);
    if (!exit) return;
    const mid = (a.bottom + b.top) / 2;
    const points = a.x === b.x ? [{ x: a.x, y: a.bottom }, { x: b.x, y: b.top }] : [{ x: a.x, y: a.bottom }, { x: a.x, y: mid }, { x: b.x, y: mid }, { x: b.x, y: b.top }];
    lines.push({
      type: 'path',
      className: 'sop-line',
      points,
      stroke: INK,
      width: 1,
      arrow: true,
      label: exit.label ? { lines: [exit.label], at: { x: a.x + (a.x === b.x ? 0 : (b.x - a.x) / 2), y: a.x === b.x ? (a.bottom + b.top) / 2 : mid }, size: 9, color: INK } : undefined,
    });
  });
  const first = centres[0];
  if (links.from !== null && first && rows[0].column !== null) cells.push(...linkRow(layout, top, rows[0].column, links.from, true, first));
  const last = centres[centres.length - 1];
  const lastRow = rows[rows.length - 1];
  if (links.to !== null && last && lastRow?.column !== null && lastRow) {
    cells.push(...linkRow(layout, y, lastRow.column!, links.to, false, last));
    y += LINK_ROW;
  }
  return { items: [...cells, ...lines, ...symbols], bottom: y };
}

/** Identity block rows (PermenPAN 35/2012 SOP AP, the "identitas" at the head of every SOP). */
function identityItems(doc: Pick<Workspace, 'instansi' | 'units'>, table: SopTable, map: LintasFungsiMap, width: number): SceneItem[] {
  const s = map.sop;
  const date = (d: string | null) => (d ? formatTanggal(d) : '');
  const left = width * 0.42;
  const items: SceneItem[] = [];
  const rows: [string, string][] = [
    ['Nomor SOP', s.nomor],
    ['Tanggal Pembuatan', date(s.tanggalPembuatan)],
    ['Tanggal Revisi', s.tanggalRevisi ? `${date(s.tanggalRevisi)} (revisi ke-${map.meta.revisi})` : map.meta.revisi ? `revisi ke-${map.meta.revisi}` : ''],
    ['Tanggal Efektif', date(s.tanggalEfektif)],
    ['Disahkan oleh', s.disahkanOleh],
    ['Nama SOP', table.title],
  ];
  let y = 0;
  const labelW = 150;
  for (const [label, value] of rows) {
    const h = Math.max(24, linesHeight(value, width - left - labelW));
    items.push(cell(left, y, labelW, h, HEAD_FILL, cellLines(label, left, y, labelW, { bold: true })));
    items.push(cell(left + labelW, y, width - left - labelW, h, '#ffffff', cellLines(value, left + labelW, y, width - left - labelW)));
    y += h;
  }
  const pemda = doc.instansi.nama.toUpperCase();
  const unit = table.unitPemilik.toUpperCase();
  items.unshift(cell(0, 0, left, y, '#ffffff', [
    ...cellLines(pemda, 0, y / 2 - 30, left, { bold: true, centre: true, size: 13 }),
    ...cellLines(unit, 0, y / 2 + 2, left, { bold: true, centre: true, size: 11.5 }),
  ]));
  const pairs: [string, string, string, string][] = [
    ['Dasar Hukum', s.dasarHukum, 'Kualifikasi Pelaksana', s.kualifikasiPelaksana],
    ['Keterkaitan', s.keterkaitan, 'Peralatan/Perlengkapan', s.peralatan],
    ['Peringatan', s.peringatan, 'Pencatatan dan Pendataan', s.pencatatan],
  ];
  const half = width / 2;
  for (const [a, av, b, bv] of pairs) {
    items.push(cell(0, y, half, 22, HEAD_FILL, cellLines(a, 0, y, half, { bold: true })), cell(half, y, half, 22, HEAD_FILL, cellLines(b, half, y, half, { bold: true })));
    y += 22;
    const list = (v: string) => v.split(/\s*;\s*|\n/).filter(Boolean).map((t, i, all) => (all.length > 1 ? `${i + 1}. ${t}` : t));
    const at = (v: string, x: number, top: number) => list(v).flatMap((line, i, all) => {
      const before = all.slice(0, i).reduce((sum, l) => sum + linesHeight(l, half) - 2 * PAD, 0);
      return cellLines(line, x, top + before, half);
    });
    const h = Math.max(30, ...[av, bv].map((v) => list(v).reduce((sum, l) => sum + linesHeight(l, half) - 2 * PAD, 0) + 2 * PAD));
    items.push(cell(0, y, half, h, '#ffffff', at(av || '—', 0, y)), cell(half, y, half, h, '#ffffff', at(bv || '—', half, y)));
    y += h;
  }
  return items;
}

/** The steps' sources, each once: the SOP cites them under the table, not in every row. */
export function sopSumber(map: LintasFungsiMap): string[] {
  return [...new Set(map.nodes.map((n) => n.sumber.trim()).filter(Boolean))];
}

export interface SopDocumentOptions {
  /** paginate for this paper, landscape; null: one unbroken table (SVG) */
  paper: Paper | null;
}

/** The SOP as pages: the identity block, then the flow table over as many pages as it needs. */
export function sopPages(doc: Workspace, map: LintasFungsiMap, opts: SopDocumentOptions): ExportPage[] {
  const table = sopTable(doc, map, { includeSumber: false });
  const layout = layoutOf(table);
  const title = /^sop\b/i.test(table.title.trim()) ? table.title.trim() : `SOP ${table.title}`;
  const sumber = sopSumber(map);
  const citation: SceneItem[] = [];
  const citationLines = (top: number) =>
    sumber.length
      ? wrapWords(`Sumber: ${sumber.join('; ')}`, layout.width, 10).map((text, i) => ({ type: 'text' as const, text, x: 0, y: top + 16 + i * 13, size: 10, italic: true, color: '#333333' }))
      : [];
  const pages: ExportPage[] = [{ title: `${title} — identitas`, scene: sceneOf(identityItems(doc, table, map, layout.width)) }];
  // page height in scene px: the drawing area of a landscape page at the scale that fits the table's width
  let limit = Infinity;
  if (opts.paper) {
    const p = PAPER_MM[opts.paper];
    const areaW = p.height - 2 * MARGIN;
    const areaH = p.width - 2 * MARGIN - TITLE_HEIGHT;
    limit = (areaH / areaW) * layout.width;
  }
  let rest = table.rows;
  let n = 0;
  // the flow page n is printed as page n + 1 (the identity block is page 1)
  let from: number | null = null;
  while (rest.length > 0 || n === 0) {
    let take = 0;
    let h: number = layout.headerHeight + (from !== null ? LINK_ROW : 0);
    // room for a connector row under the last row whenever rows are left for the next page
    const fits = (i: number) => h + rowHeight(layout, rest[i]) + (i + 1 < rest.length ? LINK_ROW : 0) <= limit;
    while (take < rest.length && (take === 0 || fits(take))) h += rowHeight(layout, rest[take++]);
    const page = rest.slice(0, take);
    const to: number | null = take < rest.length && flowsOn(page[page.length - 1], rest[take]) ? n + 3 : null;
    const { items, bottom } = rowsItems(layout, page, layout.headerHeight, { from, to });
    from = to !== null ? n + 2 : null;
    rest = rest.slice(take);
    n++;
    const last = rest.length === 0;
    if (last) citation.push(...citationLines(bottom));
    // the citation goes under the table; on a full last page it gets a page of its own
    const overflow = last && bottom + 16 + citation.length * 13 > limit;
    pages.push({ title: `${title} — alur${n > 1 ? ` (lanjutan ${n})` : ''}`, scene: sceneOf([...layout.header, ...items, ...(overflow ? [] : citation)]) });
    if (overflow) pages.push({ title: `${title} — sumber`, scene: sceneOf(citationLines(-16)) });
  }
  return pages;
}
