import { describe, expect } from 'vitest';
import { jab01 } from '../../../../src/rules/jab';
import { acrossProfiles } from '../helpers/table';
import { person, withJabatan } from './helpers';

describe('JAB-01', () => {
  const named = withJabatan((p) => {
    p.kebutuhan = 0;
    p.pemangku = [person('o1', '198703122010011002'), person('o2', '')];
  });
  const counted = withJabatan((p) => {
    p.kebutuhan = 0;
    p.bezetting = 3;
  });
  acrossProfiles(jab01, {
    valid: [
      withJabatan((p) => (p.kebutuhan = 0)).doc, // K 0, B 0: a jabatan planned away, nobody in it
      withJabatan((p) => (p.pemangku = [person('o1', '')])).doc, // K 1, B 1
      withJabatan((p) => ((p.kebutuhan = 0), (p.bezetting = 0))).doc,
    ],
    invalid: [
      {
        name: 'named pemangku',
        doc: named.doc,
        expect: [{ subjects: [named.id], message: expect.stringContaining('memiliki 2 pemangku (B 2) tetapi kebutuhannya 0 (K 0)') }],
      },
      { name: 'a bezetting count', doc: counted.doc, expect: [{ subjects: [counted.id], message: expect.stringContaining('(B 3)') }] },
    ],
  });
});
