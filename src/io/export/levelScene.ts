// A peta proses bisnis level as a Scene, laid out as LevelMapEditor shows it: the stakeholders of the input side on
// the left and of the output side on the right, between them three bands (the Manajemen band under the document's
// own label, Inti, Pendukung; unbanded processes below), each band a wrap of process boxes with kode and nama.
import { PROCESS_CATEGORIES, readingOrder, type LevelMap, type MapProcess, type ProcessCategory, type Stakeholder, type Workspace } from '../../model';
import { sceneOf, wrapTo, type SceneItem, type SceneShape, type Scene, type TextLine } from './scene';

// the editor's CSS (peta.css: .lv-map, .lv-band, .lv-process), in px
const PAD = 12;
const GAP = 10;
const STAKE_WIDTH = 150;
const HEADER = 25;
const BODY_PAD = 10;
const BOX_GAP = 8;
const BOX_WIDTH = 150;
const BOX_MIN_HEIGHT = 56;
const BAND_MIN_BODY = 70;
const INK = '#2c3e50';

const HEADER_FILL: Record<ProcessCategory | 'none', string> = {
  manajemen: '#e4ecf4',
  inti: '#dcefe3',
  pendukung: '#f4ead7',
  none: '#eef0f2',
};

function bandTitle(doc: Pick<Workspace, 'settings'>, k: ProcessCategory): string {
  return k === 'manajemen' ? doc.settings.labelKelompokManajemen || 'Manajemen' : k === 'inti' ? 'Inti' : 'Pendukung';
}

function processBox(p: MapProcess, x: number, y: number): SceneShape {
  const texts: TextLine[] = [];
  let ty = y + 6 + 12;
  if (p.kode) {
    texts.push({ text: p.kode, x: x + 7, y: ty, size: 12, bold: true, color: INK });
    ty += 15;
  }
  for (const line of wrapTo(p.nama, BOX_WIDTH - 14, 12)) {
    texts.push({ text: line, x: x + 7, y: ty, size: 12, color: '#1d2b38' });
    ty += 15;
  }
  const height = Math.max(BOX_MIN_HEIGHT, ty - y - 15 + 10);
  return { type: 'shape', shape: 'rect', className: 'process', id: p.id, x, y, width: BOX_WIDTH, height, radius: 6, fill: '#ffffff', stroke: '#34495e', strokeWidth: 1.5, texts };
}

export function levelScene(doc: Workspace, map: LevelMap): Scene {
  const ordered = readingOrder(map);
  const groups: { key: ProcessCategory | 'none'; title: string; processes: MapProcess[] }[] = PROCESS_CATEGORIES.map((k) => ({
    key: k,
    title: bandTitle(doc, k),
    processes: ordered.filter((p) => p.kategori === k),
  }));
  const unbanded = ordered.filter((p) => p.kategori === null);
  if (unbanded.length) groups.push({ key: 'none', title: 'Belum dikelompokkan', processes: unbanded });

  // boxes per row: enough for the fullest band, between three and six
  const cols = Math.min(6, Math.max(3, ...groups.map((g) => g.processes.length)));
  const bandWidth = 2 * BODY_PAD + cols * BOX_WIDTH + (cols - 1) * BOX_GAP;
  const bandX = PAD + STAKE_WIDTH + GAP;

  const bands: SceneItem[] = [];
  const boxes: SceneItem[] = [];
  let y = PAD;
  for (const g of groups) {
    const placed: SceneShape[] = [];
    let rowY = y + HEADER + BODY_PAD;
    for (let i = 0; i < g.processes.length; i += cols) {
      const row = g.processes.slice(i, i + cols).map((p, j) => processBox(p, bandX + BODY_PAD + j * (BOX_WIDTH + BOX_GAP), rowY));
      const rowHeight = Math.max(...row.map((b) => b.height));
      // a row's boxes share its height, as the flex row stretches them
      for (const b of row) placed.push({ ...b, height: rowHeight });
      rowY += rowHeight + BOX_GAP;
    }
    const body = Math.max(BAND_MIN_BODY, g.processes.length ? rowY - BOX_GAP + BODY_PAD - (y + HEADER) : 0);
    bands.push({
      type: 'shape',
      shape: 'rect',
      className: `band band-${g.key}`,
      x: bandX,
      y,
      width: bandWidth,
      height: HEADER + body,
      radius: 8,
      fill: '#f7fafc',
      stroke: '#b8c4d0',
      strokeWidth: 1,
      header: { side: 'top', size: HEADER, fill: HEADER_FILL[g.key] },
      texts: [{ text: g.title, x: bandX + 10, y: y + 17, size: 13, bold: true, color: '#1d2b38' }],
    });
    boxes.push(...placed);
    y += HEADER + body + GAP;
  }
  const height = y - GAP - PAD;
  const stakes = [stakeColumn(map.stakeholders, 'input', PAD, height), stakeColumn(map.stakeholders, 'output', bandX + bandWidth + GAP, height)];
  return sceneOf([...stakes, ...bands, ...boxes]);
}

function stakeColumn(all: readonly Stakeholder[], side: Stakeholder['side'], x: number, height: number): SceneShape {
  const texts: TextLine[] = [{ text: side === 'input' ? 'MASUKAN' : 'KELUARAN', x: x + 8, y: PAD + 8 + 12, size: 12, bold: true, color: '#4d6378' }];
  let y = PAD + 8 + 12 + 20;
  for (const s of all.filter((s) => s.side === side)) {
    wrapTo(s.nama, STAKE_WIDTH - 30, 12).forEach((line, i) => {
      texts.push({ text: i === 0 ? `• ${line}` : line, x: x + (i === 0 ? 8 : 18), y, size: 12, color: '#1d2b38' });
      y += 15;
    });
    y += 4;
  }
  return {
    type: 'shape',
    shape: 'rect',
    className: `stakeholders stakeholders-${side}`,
    x,
    y: PAD,
    width: STAKE_WIDTH,
    height: Math.max(height, y - PAD),
    radius: 8,
    fill: '#ffffff',
    stroke: '#9fb1c2',
    strokeWidth: 1,
    dashed: true,
    texts,
  };
}
