// bench/generate.ts lintasFungsi option: a sound, deterministic map of the requested size.
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { WorkspaceSchema, type LintasFungsiMap } from '../../../src/model';
import { lint, MAP_RULES } from '../../../src/rules';

describe('generateWorkspace({ lintasFungsi })', () => {
  it('adds one sound lintas fungsi map with the requested number of activities', () => {
    const doc = generateWorkspace({ positions: 200, seed: 11, placements: false, lintasFungsi: { activities: 300 } });
    expect(WorkspaceSchema.safeParse(doc).success).toBe(true);
    const maps = Object.values(doc.maps);
    expect(maps).toHaveLength(1);
    const map = maps[0] as LintasFungsiMap;
    expect(map.nodes.filter((n) => n.type === 'activity')).toHaveLength(300);
    expect(map.nodes.filter((n) => n.type === 'decision')).toHaveLength(30);
    expect(map.nodes.filter((n) => n.type === 'connector')).toHaveLength(4);
    expect(lint(doc, { rules: MAP_RULES })).toEqual([]);
    expect(generateWorkspace({ positions: 200, seed: 11, placements: false, lintasFungsi: { activities: 300 } })).toEqual(doc);
  });

  it('leaves the document as it was without the option', () => {
    expect(generateWorkspace({ positions: 100, seed: 2, placements: false }).maps).toEqual({});
  });
});
