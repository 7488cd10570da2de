import { describe, expect } from 'vitest';
import { jab03 } from '../../../../src/rules/jab';
import { acrossProfiles } from '../helpers/table';
import { person, withJabatan } from './helpers';

describe('JAB-03', () => {
  const bad = withJabatan((p) => {
    p.pemangku = [person('o1', '1,98703E+17', 'Siti Aminah'), person('o2', '19870312201001100'), person('o3', '198703122010011002')];
    p.kebutuhan = 3;
  });
  acrossProfiles(jab03, {
    valid: [
      withJabatan((p) => (p.pemangku = [person('o1', '198703122010011002')])).doc,
      withJabatan((p) => (p.pemangku = [person('o1', '19870312 201001 1 002')])).doc, // the printed form with spaces
      withJabatan((p) => (p.pemangku = [person('o1', '')])).doc, // no NIP kept
    ],
    invalid: [
      {
        doc: bad.doc,
        expect: [
          { subjects: [bad.id, 'o1'], message: expect.stringContaining('NIP «1,98703E+17» milik «Siti Aminah»') },
          { subjects: [bad.id, 'o2'], message: expect.stringContaining('bukan 18 angka') },
        ],
      },
    ],
  });
});
