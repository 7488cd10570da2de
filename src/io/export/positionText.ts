// The text of a position's box — kode and kind, the name in bold, the pemangku in italics, the strip Kelas | B | K | ± — fitted to the box once,
// for the struktur canvas (PositionNode) and for the export scene alike: the same lines at the same sizes, so the
// canvas shows what prints. Nothing is cut: the font steps down a little to fit the box (to SOFT_SCALE); a longer
// name makes the box taller, up to MAX_GROW × its frame, at the full size again, before the font steps down
// further (to MIN_SCALE); a
// name too long even then makes the box as tall as it needs. So a long name never prints in a tiny font (the
// smallest text of a picture decides how large a page prints it). Pure.
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
/** within the frame the text steps down to this share of its size (12.5 px → 9.4 px) before the box grows */
const SOFT_SCALE = 0.75;
/** a grown box is at most this many times its frame's height before the text steps down further */
const MAX_GROW = 2;
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
  const pad = frame.padTop + frame.padBottom;
  const parts = [
    { text: head, size: frame.head, fixed: true, leading: 1.2, maxLines: 1 },
    { text: p.nama, size: frame.name, bold: true, leading: 1.18 },
    { text: holderLabelOf(p), size: frame.holder, italic: true, leading: 1.18, maxLines: 2 },
    { text: stripTextOf(p), size: frame.strip, fixed: true, leading: 1.25, maxLines: 1 },
  ];
  const width = frame.width - 2 * frame.padX;
  let block = fitBlock(parts, width, frame.height - pad, SOFT_SCALE);
  // past the soft step the box grows (to MAX_GROW × the frame) and shows the text at its own size again, stepping
  // down only when even the grown box is too small
  if (!block.fits) block = fitBlock(parts, width, MAX_GROW * frame.height - pad, MIN_SCALE);
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
