// The layout tests lean on these checks; make sure they can fail.
import { describe, expect, it } from 'vitest';
import { BOX_WIDTH } from '../../../src/layout/geometry';
import { DocBuilder, blocksOf, linesThroughBlocks, notBelowSuperior, overlaps } from './helpers';

describe('layout test checks', () => {
  const b = new DocBuilder();
  const head = b.add('jpt-pratama', null, '1');
  const left = b.add('administrator', head, '1.1');
  const right = b.add('administrator', head, '1.2');
  b.stack(left, 3);

  it('see overlapping blocks, including a stack hitting a neighbour', () => {
    const placements = { [head]: { x: 0, y: 0 }, [left]: { x: 0, y: 200 }, [right]: { x: BOX_WIDTH + 40, y: 200 } };
    expect(overlaps(blocksOf(b.doc, placements))).toEqual([[left, right]]);
  });

  it('see a subordinate that is not below its superior', () => {
    const placements = { [head]: { x: 0, y: 300 }, [left]: { x: 0, y: 0 }, [right]: { x: 1000, y: 400 } };
    expect(notBelowSuperior(b.doc, placements)).toEqual([left]);
  });

  it('see a komando line running through another block', () => {
    // `right` sits straight below `left`'s column, under its stack: the line from head to right crosses left.
    const placements = { [head]: { x: 0, y: 0 }, [left]: { x: 0, y: 200 }, [right]: { x: 0, y: 600 } };
    expect(linesThroughBlocks(b.doc, placements)).toHaveLength(1);
  });
});
