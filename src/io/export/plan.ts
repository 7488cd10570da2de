// What an export draws, as pages: the struktur (whole, a subtree, or one page per Bidang/Bagian with a key page),
// a process map, a Tim Kerja or every team. The app's export dialog and the command-line converter both start
// here, so a lampiran made without a browser is the same picture. Pure: no DOM.
import { BOX_HEIGHT, BOX_WIDTH, isStacked } from '../../layout/geometry';
import { descendantsOf, structureIndex, type Position, type Workspace } from '../../model';
import { mapScene } from './mapScene';
import { sceneOf, type ExportPage } from './scene';
import { structureScene, type SceneOptions } from './structureScene';
import { allTeamPages, teamScene } from './teamScene';

/** What is exported: the view the user is looking at (or names on the command line). */
export type ExportTarget =
  | { kind: 'struktur' }
  | { kind: 'map'; mapId: string }
  /** teamId null: every team, one page each */
  | { kind: 'team'; teamId: string | null };

/** The pictures of a target, each with its title. Refuses, in Bahasa Indonesia, a target that is gone or empty. */
export function pagesOf(doc: Workspace, target: ExportTarget, scope: SceneOptions, title: string, perUnit = false): ExportPage[] {
  if (target.kind === 'struktur') return perUnit ? unitPages(doc, scope, title) : [{ title, scene: structureScene(doc, scope) }];
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

/**
 * One page per Bidang/Bagian: first a key page — the heads with the unit boxes, each marked with its page — then
 * every unit's subtree on a page of its own under the unit's name. A structure without such units is one page.
 */
export function unitPages(doc: Workspace, scope: SceneOptions, title: string): ExportPage[] {
  const roots = unitRoots(doc, scope);
  if (roots.length < 2) return [{ title, scene: structureScene(doc, scope) }];
  const cut = new Set(roots.map((r) => r.id));
  const key = structureScene(doc, { ...scope, cut });
  const index = structureIndex(doc);
  const marks = roots.map((r, i) => {
    const at = r.placement ?? { x: 0, y: 0 };
    const count = descendantsOf(index, r.id).length;
    return [
      { type: 'text' as const, text: `→ Halaman ${i + 2}`, x: at.x + BOX_WIDTH / 2, y: at.y + BOX_HEIGHT + 16, size: 12, bold: true, color: '#c92a2a', anchor: 'middle' as const },
      { type: 'text' as const, text: `${count} jabatan di bawahnya`, x: at.x + BOX_WIDTH / 2, y: at.y + BOX_HEIGHT + 31, size: 10.5, color: '#4d6378', anchor: 'middle' as const },
    ];
  });
  const pages: ExportPage[] = [{ title: `${title} — kunci halaman`, scene: sceneOf([...key.items, ...marks.flat()]) }];
  roots.forEach((r) => {
    const unit = doc.units[r.unitId]?.nama ?? r.nama;
    pages.push({ title: `${title} — ${unit}`, scene: structureScene(doc, { ...scope, rootId: r.id }) });
  });
  return pages;
}
