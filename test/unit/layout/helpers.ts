// Shared checks for layout tests: blocks from placements, overlap, ratio, komando lines clear of boxes.
import { emptyWorkspace, type Point, type Position, type PositionKind, type Unit, type Workspace } from '../../../src/model';
import { BOX_HEIGHT, BOX_WIDTH, KOMANDO_BEND_ABOVE, isStacked } from '../../../src/layout/geometry';
import { blockOf } from '../../../src/layout/skeleton';

export interface Block {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function blocksOf(doc: Workspace, placements: Record<string, Point>): Block[] {
  return Object.entries(placements).map(([id, p]) => ({ id, x: p.x, y: p.y, ...blockOf(doc, id) }));
}

export function withPlacements(doc: Workspace, placements: Record<string, Point>): Workspace {
  const positions: Record<string, Position> = {};
  for (const p of Object.values(doc.positions)) positions[p.id] = { ...p, placement: placements[p.id] ?? null };
  return { ...doc, positions };
}

export function bounds(blocks: Block[]): { width: number; height: number } {
  const minX = Math.min(...blocks.map((b) => b.x));
  const minY = Math.min(...blocks.map((b) => b.y));
  const maxX = Math.max(...blocks.map((b) => b.x + b.width));
  const maxY = Math.max(...blocks.map((b) => b.y + b.height));
  return { width: maxX - minX, height: maxY - minY };
}

export function rectsOverlap(a: Omit<Block, 'id'>, b: Omit<Block, 'id'>): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Pairs of overlapping blocks (sweep over x, so large layouts stay cheap). */
export function overlaps(blocks: Block[]): [string, string][] {
  const sorted = [...blocks].sort((a, b) => a.x - b.x);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].x < sorted[i].x + sorted[i].width; j++) {
      if (rectsOverlap(sorted[i], sorted[j])) out.push([sorted[i].id, sorted[j].id]);
    }
  }
  return out;
}

/** Free boxes whose top is not below their superior's whole block. */
export function notBelowSuperior(doc: Workspace, placements: Record<string, Point>): string[] {
  const bad: string[] = [];
  for (const [id, p] of Object.entries(placements)) {
    const supId = doc.positions[id].superiorId;
    if (!supId || !placements[supId]) continue;
    const sup = placements[supId];
    if (p.y < sup.y + blockOf(doc, supId).height) bad.push(id);
  }
  return bad;
}

/**
 * Komando lines drawn by the convention of geometry.ts (down from the superior's bottom centre, across
 * KOMANDO_BEND_ABOVE above the subordinate, down into its top centre) that pass through another block.
 */
export function linesThroughBlocks(doc: Workspace, placements: Record<string, Point>): string[] {
  const blocks = blocksOf(doc, placements);
  const bad: string[] = [];
  for (const [id, p] of Object.entries(placements)) {
    const supId = doc.positions[id].superiorId;
    if (!supId || !placements[supId]) continue;
    const s = placements[supId];
    const sx = s.x + BOX_WIDTH / 2;
    const tx = p.x + BOX_WIDTH / 2;
    const bendY = p.y - KOMANDO_BEND_ABOVE;
    // Thin rectangles for the three segments.
    const segments = [
      { x: sx - 0.5, y: s.y + BOX_HEIGHT, width: 1, height: bendY - (s.y + BOX_HEIGHT) },
      { x: Math.min(sx, tx) - 0.5, y: bendY - 0.5, width: Math.abs(tx - sx) + 1, height: 1 },
      { x: tx - 0.5, y: bendY, width: 1, height: KOMANDO_BEND_ABOVE },
    ];
    for (const b of blocks) {
      if (b.id === id || b.id === supId) continue;
      if (segments.some((seg) => rectsOverlap(seg, b))) {
        bad.push(`${doc.positions[supId].kode} → ${doc.positions[id].kode} crosses ${doc.positions[b.id].kode}`);
        break;
      }
    }
  }
  return bad;
}

export function freeIds(doc: Workspace): string[] {
  return Object.values(doc.positions)
    .filter((p) => !isStacked(p, doc))
    .map((p) => p.id)
    .sort();
}

/** A small document builder for hand-made structures. */
export class DocBuilder {
  readonly doc: Workspace = { ...emptyWorkspace('uji'), id: 'doc_uji' };
  private n = 0;
  constructor() {
    this.unit('u_pd', 'Dinas Uji', null);
  }
  unit(id: string, nama: string, parentId: string | null): Unit {
    const u: Unit = { id, nama, parentId, isPerangkatDaerah: parentId === null, tipePd: parentId === null ? 'dinas' : null, pengecualian: false };
    this.doc.units[id] = u;
    return u;
  }
  add(kind: PositionKind, superiorId: string | null, kode = '', unitId = 'u_pd'): string {
    const id = `p${++this.n}`;
    this.doc.positions[id] = {
      id,
      kode,
      nama: `${kind} ${this.n}`,
      kind,
      jenjang: kind === 'fungsional' ? 'ahli-pertama' : null,
      unitId,
      superiorId,
      memimpinUnitMandiri: false,
      substansi: '',
      kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null,
      placement: null,
    };
    return id;
  }
  stack(superiorId: string, count: number): void {
    for (let i = 0; i < count; i++) this.add(i % 3 === 2 ? 'pelaksana' : 'fungsional', superiorId);
  }
}

/** Kepala Dinas with `kabid` Kepala Bidang, each with `kasi` Kepala Seksi carrying `stack` JF/Pelaksana. */
export function wideDinas(kabid: number, kasi: number, stack: number): Workspace {
  const b = new DocBuilder();
  const kadis = b.add('jpt-pratama', null, '1');
  for (let i = 1; i <= kabid; i++) {
    const kb = b.add('administrator', kadis, `1.${i}`);
    for (let j = 1; j <= kasi; j++) {
      const ks = b.add('pengawas', kb, `1.${i}.${j}`);
      b.stack(ks, stack);
    }
  }
  return b.doc;
}
