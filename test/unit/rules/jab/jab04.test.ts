import { describe, expect } from 'vitest';
import { jab04 } from '../../../../src/rules/jab';
import { acrossProfiles } from '../helpers/table';
import { person, withJabatan } from './helpers';

const NIP = '198703122010011002';

describe('JAB-04', () => {
  let other = '';
  const twoJabatan = withJabatan((p, doc) => {
    p.pemangku = [person('o1', NIP)];
    other = Object.values(doc.positions).find((x) => x.kind === 'pengawas')!.id;
    doc.positions[other].pemangku = [person('o2', '19870312 201001 1 002')];
  });
  const twice = withJabatan((p) => {
    p.kebutuhan = 2;
    p.pemangku = [person('o1', NIP), person('o2', NIP)];
  });
  acrossProfiles(jab04, {
    valid: [
      withJabatan((p) => ((p.kebutuhan = 2), (p.pemangku = [person('o1', NIP), person('o2', '199001012015032001')]))).doc,
      // fillers and malformed NIPs are not identities (JAB-03 reports the malformed)
      withJabatan((p) => ((p.kebutuhan = 3), (p.pemangku = [person('o1', '-'), person('o2', '-'), person('o3', '')]))).doc,
    ],
    invalid: [
      {
        name: 'two jabatan',
        doc: twoJabatan.doc,
        expect: [
          { subjects: [twoJabatan.id, 'o1', other], message: expect.stringContaining(`NIP ${NIP} tercatat pada`) },
          { subjects: [other, 'o2', twoJabatan.id], message: expect.stringContaining('seorang pegawai memangku satu jabatan') },
        ],
      },
      {
        name: 'twice in one jabatan',
        doc: twice.doc,
        expect: [
          { subjects: [twice.id, 'o1'], message: expect.stringContaining('tercatat 2 kali pada «Pranata Komputer Ahli Pertama»') },
          { subjects: [twice.id, 'o2'] },
        ],
      },
    ],
  });
});
