// What an export draws, as pages: the struktur (whole, a subtree, or one page per Bidang/Bagian with a key page),
// a process map, a Tim Kerja or every team. The app's export dialog and the command-line converter both start
// here, so a lampiran made without a browser is the same picture. Pure: no DOM.
import { BOX_WIDTH, isStacked } from '../../layout/geometry';
import { descendantsOf, structureIndex, type Position, type Workspace } from '../../model';
import { mapScene } from './mapScene';
import { quickLayout } from '../../layout/quickLayout';
import { sceneOf, type ExportPage, type Scene } from './scene';
import { structureScene, type SceneOptions } from './structureScene';
import { allTeamPages, teamScene } from './teamScene';
import { rekapPages } from './rekapScene';

/** What is exported: the view the user is looking at (or names on the command line). */
export type ExportTarget =
  | { kind: 'struktur' }
  | { kind: 'map'; mapId: string }
  /** teamId null: every team, one page each */
  | { kind: 'team'; teamId: string | null }
  /** the Peta Jabatan lampiran: the struktur's boxes (kelas, B, K, ±, pemangku) of the scope, then its rekap table */
  | { kind: 'peta-jabatan' };

/** The pictures of a target, each with its title. Refuses, in Bahasa Indonesia, a target that is gone or empty. */
export function pagesOf(doc: Workspace, target: ExportTarget, scope: SceneOptions, title: string, perUnit = false, fits?: PageFits): ExportPage[] {
  if (target.kind === 'struktur') return perUnit ? unitPages(doc, scope, title, fits) : [{ title, scene: structureScene(doc, scope) }];
  if (target.kind === 'peta-jabatan') {
    const root = scope.rootId ? doc.positions[scope.rootId] : undefined;
    const boxes = perUnit ? unitPages(doc, scope, title, fits) : [{ title, scene: structureScene(doc, scope) }];
    if (boxes.every((p) => p.scene.items.length === 0)) throw new Error('struktur ini belum memiliki jabatan');
    const unitName = root ? (doc.units[root.unitId]?.nama ?? root.nama) : null;
    return [...boxes, ...rekapPages(doc, root?.unitId ?? null, `Rekap peta jabatan${unitName ? ` — ${unitName}` : ''}`)];
  }
  if (target.kind === 'map') {
    const map = doc.maps[target.mapId];
    if (!map) throw new Error('peta yang dibuka sudah tidak ada');
    return [{ title, scene: mapScene(doc, map) }];
  }
  if (target.teamId === null) {
    const pages = allTeamPages(doc);
    if (pages.length === 0) throw new Error('dokumen ini belum memiliki Tim Kerja');
    return pages;
  }
  const team = doc.teams[target.teamId];
  if (!team) throw new Error('tim yang dibuka sudah tidak ada');
  return [{ title, scene: teamScene(doc, team) }];
}

/** The officials whose subtree gets a page of its own: the free boxes directly under each head of the scope. */
export function unitRoots(doc: Workspace, scope: SceneOptions): Position[] {
  const index = structureIndex(doc);
  const heads = scope.rootId && doc.positions[scope.rootId]
    ? [doc.positions[scope.rootId]]
    : Object.values(doc.positions).filter((p) => p.superiorId === null || !doc.positions[p.superiorId]);
  const roots: Position[] = [];
  for (const head of heads) {
    if (scope.collapsed?.has(head.id)) continue;
    const under = (index.subordinates.get(head.id) ?? []).filter((s) => !isStacked(s, doc) && !scope.collapsed?.has(s.id) && (index.subordinates.get(s.id)?.length ?? 0) > 0);
    roots.push(...under);
  }
  return roots;
}

/** Whether a picture prints readably on the chosen paper (paper.ts layoutPicture, ≥ 6 pt). */
export type PageFits = (scene: Scene) => boolean;

/**
 * One page per Bidang/Bagian: first a key page — the heads with the unit boxes, drawn close together and each
 * marked with its page — then every unit's subtree on a page of its own under the unit's name. With `fits`, a unit
 * whose page would print too small is split the same way again: its own key page, then a page per sub-unit. A
 * structure without such units is one page.
 */
export function unitPages(doc: Workspace, scope: SceneOptions, title: string, fits?: PageFits): ExportPage[] {
  const pages: ExportPage[] = [];
  if (!scope.rootId) {
    // several Perangkat Daerah in one document: the key lists them, then each has its own key and unit pages
    const heads = Object.values(doc.positions).filter(
      (p) => (p.superiorId === null || !doc.positions[p.superiorId]) && !scope.collapsed?.has(p.id) && unitRoots(doc, { ...scope, rootId: p.id }).length >= 2,
    );
    if (heads.length >= 2) {
      addUnitPages(doc, scope, title, `${title} — kunci halaman`, heads, pages, fits, true);
      return pages;
    }
  }
  const roots = unitRoots(doc, scope);
  if (roots.length < 2) return [{ title, scene: structureScene(doc, scope) }];
  addUnitPages(doc, scope, title, `${title} — kunci halaman`, roots, pages, fits);
  return pages;
}

function unitName(doc: Workspace, r: Position): string {
  return doc.units[r.unitId]?.nama ?? r.nama;
}

/** `split`: give every root its own key and unit pages (the heads of several Perangkat Daerah), not only those too small to read. */
function addUnitPages(doc: Workspace, scope: SceneOptions, title: string, keyTitle: string, roots: Position[], pages: ExportPage[], fits?: PageFits, split = false): void {
  const keyIndex = pages.length;
  pages.push({ title: keyTitle, scene: sceneOf([]) });
  const targets: number[] = [];
  for (const r of roots) {
    // the page number as printed (1-based), where this unit's pages start
    targets.push(pages.length + 1);
    const unitScope = { ...scope, rootId: r.id };
    const unitTitle = `${title} — ${unitName(doc, r)}`;
    const scene = structureScene(doc, unitScope);
    const sub = split || (fits && !fits(scene)) ? unitRoots(doc, unitScope) : [];
    // the nested pages carry this unit in their title: a reader of page 12 must see «Dinas Kesehatan — Sekretariat»,
    // not a bare «Sekretariat» that six Perangkat Daerah share
    if (sub.length >= 2) addUnitPages(doc, unitScope, unitTitle, `${unitTitle} — kunci halaman`, sub, pages, fits);
    else pages.push({ title: unitTitle, scene });
  }
  pages[keyIndex] = { title: keyTitle, scene: keyScene(doc, scope, roots, targets) };
}

/**
 * The key page: the heads of the scope with their stacks and the unit boxes, laid out afresh (quickLayout) without
 * the units' contents — drawn at their own placements the cut subtrees would leave the page mostly empty and tiny.
 */
function keyScene(doc: Workspace, scope: SceneOptions, roots: Position[], targets: number[]): Scene {
  const cut = new Set(roots.map((r) => r.id));
  const shown = new Set(
    structureScene(doc, { ...scope, cut })
      .items.filter((i) => i.type === 'shape' && i.id)
      .map((i) => (i as { id: string }).id),
  );
  const positions: Record<string, Position> = {};
  for (const id of shown) positions[id] = doc.positions[id];
  const placements = quickLayout({ positions, units: doc.units });
  for (const [id, at] of Object.entries(placements)) positions[id] = { ...positions[id], placement: at };
  const key = structureScene({ ...doc, positions }, { collapsed: scope.collapsed });
  const index = structureIndex(doc);
  const boxes = new Map(key.items.flatMap((i) => (i.type === 'shape' && i.id ? [[i.id, i] as const] : [])));
  const marks = roots.flatMap((r, i) => {
    const box = boxes.get(r.id);
    if (!box) return [];
    const count = descendantsOf(index, r.id).length;
    // a JF heading a unit hangs in its superior's stack on this page (its own subordinates are cut): mark it beside,
    // on two short lines, so the key page stays narrow enough to print its boxes at a readable size
    if (box.width !== BOX_WIDTH) {
      const mid = box.y + box.height / 2;
      return [
        { type: 'text' as const, text: `Lihat halaman ${targets[i]}`, x: box.x + box.width + 6, y: mid - 2, size: 11, bold: true, color: '#c92a2a' },
        { type: 'text' as const, text: `${count} jabatan`, x: box.x + box.width + 6, y: mid + 11, size: 10.5, bold: false, color: '#4d6378' },
      ];
    }
    return [
      { type: 'text' as const, text: `Lihat halaman ${targets[i]}`, x: box.x + BOX_WIDTH / 2, y: box.y + box.height + 16, size: 12, bold: true, color: '#c92a2a', anchor: 'middle' as const },
      { type: 'text' as const, text: `${count} jabatan di bawahnya`, x: box.x + BOX_WIDTH / 2, y: box.y + box.height + 31, size: 10.5, bold: false, color: '#4d6378', anchor: 'middle' as const },
    ];
  });
  return sceneOf([...key.items, ...marks]);
}
