// A peta subproses as a Scene: its steps in order as a vertical flow, each box with the step's number and name,
// its output and its pejabat pengampu (Perwali Serang 23/2023 Pasal 19 ayat (4)), an arrow from each step to the
// next.
import type { SubprosesMap, Workspace } from '../../model';
import { sceneOf, wrapTo, type Scene, type SceneItem, type TextLine } from './scene';

const WIDTH = 440;
const PAD = 12;
const GAP = 40;
const INK = '#1d2b38';
const MUTED = '#4d6378';

function pengampuName(doc: Pick<Workspace, 'positions'>, id: string | null): string {
  if (id === null) return '— belum ditentukan —';
  return doc.positions[id]?.nama ?? '(jabatan sudah dihapus)';
}

export function subprosesScene(doc: Workspace, map: SubprosesMap): Scene {
  const boxes: SceneItem[] = [];
  const arrows: SceneItem[] = [];
  let y = 0;
  map.steps.forEach((s, i) => {
    const texts: TextLine[] = [];
    let ty = y + PAD + 13;
    const add = (text: string, style: Omit<TextLine, 'text' | 'x' | 'y'>, indent = 0) => {
      texts.push({ text, x: PAD + indent, y: ty, ...style });
      ty += Math.round(style.size * 1.3);
    };
    wrapTo(`${i + 1}. ${s.nama || '(langkah tanpa nama)'}`, WIDTH - 2 * PAD, 13, true).forEach((line, j) =>
      add(line, { size: 13, bold: true, color: INK }, j ? 16 : 0),
    );
    ty += 3;
    wrapTo(`Output: ${s.output.trim() || '—'}`, WIDTH - 2 * PAD, 11.5).forEach((line) => add(line, { size: 11.5, color: INK }));
    wrapTo(`Pejabat pengampu: ${pengampuName(doc, s.pengampuId)}`, WIDTH - 2 * PAD, 11.5).forEach((line) =>
      add(line, { size: 11.5, italic: s.pengampuId === null, color: s.pengampuId === null ? '#8a5a00' : MUTED }),
    );
    const height = ty - y + PAD - 8;
    boxes.push({ type: 'shape', shape: 'rect', className: 'step', id: s.id, x: 0, y, width: WIDTH, height, radius: 4, fill: '#ffffff', stroke: '#34495e', strokeWidth: 1.5, texts });
    if (i > 0) arrows.push({ type: 'path', className: 'arrow', points: [{ x: WIDTH / 2, y: y - GAP }, { x: WIDTH / 2, y }], stroke: '#34495e', width: 1.4, arrow: true });
    y += height + GAP;
  });
  if (map.steps.length === 0) {
    boxes.push({ type: 'text', text: 'Peta subproses ini belum memiliki langkah.', x: 0, y: 14, size: 13, italic: true, color: MUTED });
  }
  return sceneOf([...arrows, ...boxes]);
}
