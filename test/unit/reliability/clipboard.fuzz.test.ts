// The system clipboard can hold anything: parseClipboardText/ClipboardSchema must turn it into a payload that
// pastes into a full valid document, or into nothing — and a paste of a tampered payload is refused whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copySubtrees, parseClipboardText } from '../../../src/commands/clipboard';
import { CommandError, execute } from '../../../src/commands/command';
import { pasteSubtrees } from '../../../src/commands/pasteSubtrees';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { count, createTally, FUZZ_TIMEOUT, documentProblems, expectNoPollution, fuzz, NASTY_KEYS, type Tally } from './helpers';
import { applyMutations, damageText, mutationsArb, textMutationArb } from './mutate';

const tally: Tally = createTally('clipboard');
const doc = createDinasContoh();
const ids = Object.keys(doc.positions);
const payload = copySubtrees(doc, [ids[1], ids[5]]);
const payloadText = JSON.stringify(payload);

/** Paste the text under a position (or as a root): a valid document with everything, or a CommandError. */
function pasteText(text: string, superiorId: string | null): void {
  const parsed = parseClipboardText(text);
  expectNoPollution();
  if (parsed === null) {
    tally.refused++;
    return;
  }
  try {
    const out = execute(doc, pasteSubtrees, { payload: parsed, superiorId });
    tally.accepted++;
    expect(documentProblems(out.doc)).toEqual([]);
    expect(Object.keys(out.doc.positions).length).toBe(ids.length + parsed.positions.length);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    tally.refused++;
  }
  expectNoPollution();
}

describe('clipboard payloads', { timeout: FUZZ_TIMEOUT }, () => {
  it('arbitrary text: null or a payload that pastes whole', () => {
    fuzz(
      tally,
      'clipboard: arbitrary text',
      fc.property(fc.oneof(fc.string({ maxLength: 100 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), (text) =>
        pasteText(text, null),
      ),
      300,
    );
  });

  it('a real copy with structural mutations, pasted as a root or under a position', () => {
    fuzz(
      tally,
      'clipboard: mutated payloads',
      fc.property(mutationsArb, fc.constantFrom(null, ids[0], ids[3]), (mutations, superiorId) =>
        pasteText(JSON.stringify(applyMutations(payload, mutations)), superiorId),
      ),
      500,
    );
  });

  it('a real copy with damaged text', () => {
    fuzz(
      tally,
      'clipboard: damaged text',
      fc.property(fc.array(textMutationArb, { minLength: 1, maxLength: 3 }), (ms) => pasteText(damageText(payloadText, ms), ids[0])),
      300,
    );
  });

  it('reserved words as unit ids, position ids and references are refused or inert', () => {
    for (const key of NASTY_KEYS) {
      // an id renamed everywhere it occurs: the payload stays consistent, only the name is hostile
      const renamed = (id: string) => payloadText.replaceAll(JSON.stringify(id), JSON.stringify(key));
      const variants = [renamed(payload.units[0].id), renamed(payload.units[payload.units.length - 1].id), renamed(payload.positions[0].id), renamed(payload.positions[1].id), renamed(payload.sourceDocId)];
      for (const v of variants) {
        for (const superiorId of [null, ids[0]]) {
          count(tally.badInputs, 'pollution keys in clipboard');
          pasteText(v.replace('"format"', `"__proto__":{"polluted":1},"format"`), superiorId);
        }
      }
    }
  });
});
