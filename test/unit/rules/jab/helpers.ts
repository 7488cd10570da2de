// A Dinas with one JF jabatan whose peta jabatan numbers a test sets.
import type { Position, Workspace } from '../../../../src/model';
import { DocBuilder, dinas } from '../helpers/build';

export function withJabatan(patch: (p: Position, doc: Workspace) => void): { doc: Workspace; id: string } {
  const b = new DocBuilder();
  const d = dinas(b);
  const id = b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.seksi, d.kasi);
  const doc = b.build();
  patch(doc.positions[id], doc);
  return { doc, id };
}

export const person = (id: string, nip: string, nama = 'Budi Santoso') => ({
  id,
  nama,
  nip,
  pendidikan: null,
  golongan: null,
  predikatKinerja: null,
  pengalamanTahun: null,
});
