// JAB-03 and JAB-04 parse every NIP once per lint: the parse is kept in the lint context's memo (no module state).
import { describe, expect, it } from 'vitest';
import { structureIndex } from '../../../../src/model';
import { makeContext, settingsOf } from '../../../../src/rules/engine';
import { nipsOf } from '../../../../src/rules/jab/common';
import { person, withJabatan } from './helpers';

describe('nipsOf', () => {
  const { doc, id } = withJabatan((p) => {
    p.kebutuhan = 3;
    p.pemangku = [person('o1', '198703122010011002'), person('o2', '1,98703E+17'), person('o3', '')];
  });
  const ctxOf = () => makeContext(doc, structureIndex(doc), settingsOf(doc, {}));

  it('reads each NIP as nip18 does: the digits, null when malformed, empty when there is none', () => {
    expect(nipsOf(ctxOf(), doc.positions[id])).toEqual(['198703122010011002', null, '']);
  });

  it('one parse per lint context, a new one for the next lint', () => {
    const ctx = ctxOf();
    const first = nipsOf(ctx, doc.positions[id]);
    expect(nipsOf(ctx, doc.positions[id])).toBe(first);
    expect(nipsOf(ctxOf(), doc.positions[id])).not.toBe(first);
  });
});
