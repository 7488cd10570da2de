import { describe } from 'vitest';
import { rel01 } from '../../../../src/rules/rel';
import { DocBuilder, dinas, levelMap, process, relasiMap, verifyMapRule, withMaps } from '../../maps/helpers';

const b = new DocBuilder();
const d = dinas(b);
const base = b.build();
const level = levelMap('m1', 'Level 1', [process('p1', '01', 'Layanan', 'inti', d.bidangA)]);

const sound = relasiMap('r1', 'Relasi Dinas', {
  boxes: [
    { id: 'bA', ref: { kind: 'unit', id: d.bidangA }, placement: null },
    { id: 'bL', ref: { kind: 'luar', nama: 'Masyarakat' }, placement: null },
    { id: 'bP', ref: { kind: 'process', mapId: 'm1', processId: 'p1' }, placement: null },
  ],
  arrows: [
    { id: 'a1', source: 'bA', target: 'bL', label: 'Layanan informasi', jenis: 'layanan' },
    { id: 'a2', source: 'bL', target: 'bP', label: 'Permohonan', jenis: 'dokumen' },
  ],
});

describe('REL-01', () => {
  verifyMapRule(rel01, {
    valid: [withMaps(base, [level, sound])],
    invalid: [
      {
        name: 'kotak rusak, panah lepas, panah tanpa label',
        doc: withMaps(base, [
          relasiMap('r1', 'Relasi', {
            boxes: [
              { id: 'bA', ref: { kind: 'unit', id: d.bidangA }, placement: null },
              { id: 'bU', ref: { kind: 'unit', id: 'u_hilang' }, placement: null },
              { id: 'bP', ref: { kind: 'process', mapId: 'm_hilang', processId: 'p1' }, placement: null },
              { id: 'bL', ref: { kind: 'luar', nama: ' ' }, placement: null },
            ],
            arrows: [
              { id: 'a1', source: 'bA', target: 'b_hilang', label: 'Data', jenis: 'data' },
              { id: 'a2', source: 'bA', target: 'bU', label: '', jenis: null },
              { id: 'a3', source: 'bA', target: 'bL', label: 'Dokumen', jenis: 'dokumen' },
            ],
          }),
        ]),
        expect: [
          { subjects: ['bU', 'r1'] },
          { subjects: ['bP', 'r1'] },
          { subjects: ['bL', 'r1'] },
          { subjects: ['a1', 'r1'] },
          { subjects: ['a2', 'r1'], severity: 'warning' },
        ],
      },
    ],
  });
});
