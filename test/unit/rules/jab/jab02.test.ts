import { describe, expect } from 'vitest';
import type { Jenjang, PositionKind } from '../../../../src/model';
import { jab02 } from '../../../../src/rules/jab';
import { acrossProfiles } from '../helpers/table';
import { withJabatan } from './helpers';

const jabatan = (kind: PositionKind, jenjang: Jenjang | null, kelas: number | null) =>
  withJabatan((p) => {
    p.kind = kind;
    p.jenjang = jenjang;
    p.kelasJabatan = kelas;
  });

describe('JAB-02', () => {
  const low = jabatan('jpt-pratama', null, 3);
  const high = jabatan('fungsional', 'terampil', 12);
  acrossProfiles(jab02, {
    valid: [
      jabatan('jpt-pratama', null, 12).doc,
      jabatan('jpt-madya', null, 17).doc,
      jabatan('administrator', null, 9).doc,
      jabatan('pengawas', null, 10).doc,
      jabatan('fungsional', 'ahli-pertama', 8).doc,
      jabatan('fungsional', 'ahli-utama', 15).doc,
      jabatan('fungsional', 'pemula', 5).doc,
      jabatan('pelaksana', null, 1).doc,
      jabatan('pelaksana', null, null).doc, // a kelas not set is not judged here
    ],
    invalid: [
      { name: 'JPT with kelas 3', doc: low.doc, expect: [{ subjects: [low.id], message: expect.stringContaining('kelas jabatan 3, di luar rentang wajar JPT (12–17)') }] },
      { name: 'JF keterampilan with 12', doc: high.doc, expect: [{ subjects: [high.id], message: expect.stringContaining('JF keterampilan (5–9)') }] },
      { name: 'Pengawas with 11', doc: jabatan('pengawas', null, 11).doc, expect: [{ message: expect.stringContaining('Pengawas (7–10)') }] },
      { name: 'Pelaksana with 10', doc: jabatan('pelaksana', null, 10).doc, expect: [{ message: expect.stringContaining('Pelaksana (1–9)') }] },
    ],
  });
});
