// Any process map as a Scene, by its kind.
import type { ProcessMap, Workspace } from '../../model';
import { levelScene } from './levelScene';
import { lintasFungsiScene } from './lintasFungsiScene';
import { relasiScene } from './relasiScene';
import type { Scene } from './scene';
import { subprosesScene } from './subprosesScene';

export function mapScene(doc: Workspace, map: ProcessMap): Scene {
  switch (map.kind) {
    case 'level':
      return levelScene(doc, map);
    case 'lintas-fungsi':
      return lintasFungsiScene(doc, map);
    case 'relasi':
      return relasiScene(doc, map);
    case 'subproses':
      return subprosesScene(doc, map);
  }
}
