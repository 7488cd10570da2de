// The text of a position's box — kode and kind, the name in bold, the pemangku in italics, the strip Kelas | B | K | ± — fitted to the box once,
// for the struktur canvas (PositionNode) and for the export scene alike: the same lines at the same sizes, so the
// canvas shows what prints. Nothing is cut: the font steps down to fit the box; a name too long even at the
// smallest size makes the box taller. Pure.
import { BOX_HEIGHT, BOX_WIDTH, STACK_ITEM_HEIGHT, STACK_ITEM_WIDTH, type BoxHeightOf } from '../../layout/geometry';
import { bezettingOf, formatSelisih, JENJANG_LABELS, POSITION_KIND_LABELS, type Position } from '../../model';
import { fitBlock, type FittedBlock } from '../text/measure';

export interface BoxFrame {
  width: number;
  height: number;
  padX: number;
  padTop: number;
  padBottom: number;
  head: number;
  name: number;
  holder: number;
  strip: number;
}

/** Box and stack-item frames; the canvas's CSS paddings (styles.css .pos, .pos-stackItem) follow these. */
// (the CSS padding plus the 1.5 px border)
export const BOX_FRAME: BoxFrame = { width: BOX_WIDTH, height: BOX_HEIGHT, padX: 10.5, padTop: 6.5, padBottom: 6.5, head: 10, name: 12.5, holder: 10.5, strip: 9.5 };
export const STACK_FRAME: BoxFrame = { width: STACK_ITEM_WIDTH, height: STACK_ITEM_HEIGHT, padX: 10.5, padTop: 4.5, padBottom: 4.5, head: 10, name: 12, holder: 10, strip: 9 };
/** the name never gets smaller than this share of its size (12.5 px → 6.9 px) */
const MIN_SCALE = 0.55;

export function kindLabelOf(p: Pick<Position, 'kind' | 'jenjang'>): string {
  return p.kind === 'fungsional' && p.jenjang ? `JF ${JENJANG_LABELS[p.jenjang]}` : POSITION_KIND_LABELS[p.kind];
}

export function headLineOf(p: Pick<Position, 'kode' | 'kind' | 'jenjang'>): string {
  return [p.kode, kindLabelOf(p)].filter(Boolean).join('  ');
}

/** The pemangku line of a box: the first pemangku's name, "(+n)" for the others. */
export function holderLabelOf(p: Pick<Position, 'pemangku'>): string {
  const first = p.pemangku.find((x) => x.nama.trim() !== '')?.nama.trim() ?? '';
  if (!first) return '';
  return p.pemangku.length > 1 ? `${first} (+${p.pemangku.length - 1})` : first;
}

/** The peta jabatan strip of a box (DOMAIN.md §8.3): "Kelas 9 | B 2 | K 3 | −1". */
export function stripTextOf(p: Pick<Position, 'kelasJabatan' | 'kebutuhan' | 'pemangku' | 'bezetting'>): string {
  const b = bezettingOf(p);
  return `Kelas ${p.kelasJabatan ?? '–'} | B ${b} | K ${p.kebutuhan} | ${formatSelisih(b - p.kebutuhan)}`;
}

export interface PositionText {
  frame: BoxFrame;
  head: string;
  block: FittedBlock;
  /** the box's height: the frame's, or taller when the text does not fit at the smallest size */
  height: number;
}

const cache = new WeakMap<Position, { stacked: boolean; value: PositionText }>();

/** Lines and sizes of a box's text; cached per position object (positions are immutable). */
export function positionText(p: Position, stacked: boolean): PositionText {
  const hit = cache.get(p);
  if (hit && hit.stacked === stacked) return hit.value;
  const frame = stacked ? STACK_FRAME : BOX_FRAME;
  const head = headLineOf(p);
  const inner = frame.height - frame.padTop - frame.padBottom;
  const block = fitBlock(
    [
      { text: head, size: frame.head, fixed: true, leading: 1.2, maxLines: 1 },
      { text: p.nama, size: frame.name, bold: true, leading: 1.18 },
      { text: holderLabelOf(p), size: frame.holder, italic: true, leading: 1.18, maxLines: 1 },
      { text: stripTextOf(p), size: frame.strip, fixed: true, leading: 1.25, maxLines: 1 },
    ],
    frame.width - 2 * frame.padX,
    inner,
    MIN_SCALE,
  );
  const height = Math.max(frame.height, Math.ceil(block.height + frame.padTop + frame.padBottom));
  const value = { frame, head, block, height };
  cache.set(p, { stacked, value });
  return value;
}

/** A grown box's height (what "Rapikan", the stacks and the canvas make room for); undefined when the frame fits. */
export const grownHeightOf: BoxHeightOf = (p, stacked) => {
  const t = positionText(p, stacked);
  return t.height > t.frame.height ? t.height : undefined;
};
