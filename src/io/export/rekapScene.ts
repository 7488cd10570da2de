// The rekap table of the printed Peta Jabatan lampiran (issue 13, DOMAIN.md §8.3): per unit of the scope — the whole
// document, or the unit of the chosen official with every unit below it — the jabatan, K, B and ± in total and by
// kind (struktural, JF per jenjang, Pelaksana). Drawn as a Scene (ruled rows of text) so the PDF, the SVG and the
// print draw it as they draw the struktur; split into pages of at most PAGE_HEIGHT px so every page prints at its own
// size (≥ 6 pt on A4 portrait with the heading and the signature on every page).
import { formatSelisih, rekapGroupLabel, unitPath, type Unit, type Workspace } from '../../model';
import { unitRekap } from '../../model/petaJabatan';
import { sceneOf, wrapTo, type ExportPage, type SceneItem, type TextLine } from './scene';

/** px of table per page: 730 px wide × 760 px tall fits A4 portrait's drawing area at the width's scale (7.7 pt text) */
export const PAGE_HEIGHT = 760;

const COLS = [
  { title: 'Unit', width: 330, anchor: 'start' as const },
  { title: 'Kelompok', width: 150, anchor: 'start' as const },
  { title: 'Jabatan', width: 70, anchor: 'end' as const },
  { title: 'K', width: 60, anchor: 'end' as const },
  { title: 'B', width: 60, anchor: 'end' as const },
  { title: '±', width: 60, anchor: 'end' as const },
];
const SIZE = 11;
const LINE = 14;
const PAD = 6;

export interface RekapLine {
  unit: string;
  group: string;
  jabatan: number;
  k: number;
  b: number;
  selisih: number;
  /** the unit's total (bold, the first line of its block) */
  total: boolean;
}

/** The units of the scope that hold jabatan, by path: each unit's total, then its kinds. */
export function rekapLines(doc: Workspace, rootUnitId: string | null): RekapLine[] {
  const inScope = (id: string): boolean => {
    if (!rootUnitId) return true;
    const seen = new Set<string>();
    for (let u: Unit | undefined = doc.units[id]; u && !seen.has(u.id); u = u.parentId ? doc.units[u.parentId] : undefined) {
      if (u.id === rootUnitId) return true;
      seen.add(u.id);
    }
    return false;
  };
  const units = Object.values(doc.units)
    .filter((u) => inScope(u.id))
    .map((u) => ({ u, path: unitPath(doc, u.id) }))
    .sort((a, b) => a.path.localeCompare(b.path, 'id'));
  const out: RekapLine[] = [];
  for (const { u, path } of units) {
    const r = unitRekap(doc, u.id);
    if (r.total.jabatan === 0) continue;
    out.push({ unit: path, group: 'Jumlah', jabatan: r.total.jabatan, k: r.total.k, b: r.total.b, selisih: r.total.selisih, total: true });
    for (const [g, row] of r.byGroup) out.push({ unit: '', group: rekapGroupLabel(g), jabatan: row.jabatan, k: row.k, b: row.b, selisih: row.selisih, total: false });
  }
  return out;
}

/** Kurang red, lebih amber: as the strip on the boxes. */
const selisihColor = (n: number): string => (n < 0 ? '#b42318' : n > 0 ? '#9a6700' : '#1f2933');

const cellsOf = (l: RekapLine): string[] => [l.unit, l.group, String(l.jabatan), String(l.k), String(l.b), formatSelisih(l.selisih)];

/** A row's lines of text per cell: the unit's path wraps in its column, the numbers stay on one line. */
function wrapRow(cells: string[], bold: boolean): string[][] {
  return cells.map((c, i) => (i === 0 ? wrapTo(c, COLS[0].width - 2 * PAD, SIZE, bold) : [c]));
}

const rowHeight = (wrapped: string[][]): number => Math.max(...wrapped.map((w) => w.length)) * LINE + 2 * PAD - (LINE - SIZE);

function tablePage(lines: RekapLine[], title: string): ExportPage {
  const items: SceneItem[] = [];
  const width = COLS.reduce((s, c) => s + c.width, 0);
  let y = 0;
  const row = (cells: string[], opts: { bold?: boolean; fill?: string; colors?: (string | undefined)[] }) => {
    const wrapped = wrapRow(cells, !!opts.bold);
    const h = rowHeight(wrapped);
    const texts: TextLine[] = [];
    let x = 0;
    COLS.forEach((col, i) => {
      wrapped[i].forEach((t, j) =>
        texts.push({
          text: t,
          x: col.anchor === 'end' ? x + col.width - PAD : x + PAD,
          y: y + PAD + SIZE * 0.85 + j * LINE,
          size: SIZE,
          color: opts.colors?.[i] ?? '#1f2933',
          bold: opts.bold,
          anchor: col.anchor,
        }),
      );
      x += col.width;
    });
    items.push({ type: 'shape', shape: 'rect', x: 0, y, width, height: h, fill: opts.fill ?? '#ffffff', stroke: '#9aa5b1', strokeWidth: 0.75, texts });
    y += h;
  };
  row(COLS.map((c) => c.title), { bold: true, fill: '#e4e7eb' });
  for (const l of lines) {
    row(cellsOf(l), {
      bold: l.total,
      fill: l.total ? '#f5f7fa' : '#ffffff',
      colors: [undefined, undefined, undefined, undefined, undefined, selisihColor(l.selisih)],
    });
  }
  return { title, scene: sceneOf(items) };
}

/** The rekap as pages of at most PAGE_HEIGHT px; a unit's block is not split from its total line when it fits on a page. */
export function rekapPages(doc: Workspace, rootUnitId: string | null, title: string): ExportPage[] {
  const lines = rekapLines(doc, rootUnitId);
  if (lines.length === 0) return [];
  const header = rowHeight(wrapRow(COLS.map((c) => c.title), true));
  const heightOf = (l: RekapLine) => rowHeight(wrapRow(cellsOf(l), l.total));
  const pages: RekapLine[][] = [[]];
  let used = header;
  const put = (l: RekapLine) => {
    const h = heightOf(l);
    if (pages[pages.length - 1].length && used + h > PAGE_HEIGHT) {
      pages.push([]);
      used = header;
    }
    pages[pages.length - 1].push(l);
    used += h;
  };
  for (let i = 0; i < lines.length; ) {
    let end = i + 1;
    while (end < lines.length && !lines[end].total) end++;
    const block = lines.slice(i, end);
    const height = block.reduce((s, l) => s + heightOf(l), 0);
    // the whole block on a fresh page when it does not fit under what is there but fits a page of its own
    if (pages[pages.length - 1].length && used + height > PAGE_HEIGHT && header + height <= PAGE_HEIGHT) {
      pages.push([]);
      used = header;
    }
    block.forEach(put);
    i = end;
  }
  return pages.map((p, i) => tablePage(p, pages.length > 1 ? `${title} (${i + 1}/${pages.length})` : title));
}
