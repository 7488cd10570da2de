// The document's title and the instansi (Pemda) it describes.
import type { Workspace } from '../model';
import { CommandError, defineCommand } from './command';

export interface UpdateDocumentInfoArgs {
  title?: string;
  instansi?: Partial<Workspace['instansi']>;
}

const JENIS_INSTANSI: readonly (string | null)[] = ['provinsi', 'kabupaten', 'kota', null];

export const updateDocumentInfo = defineCommand<UpdateDocumentInfoArgs>({
  id: 'document.info',
  label: ({ title, instansi }) => {
    const parts: string[] = [];
    if (title !== undefined) parts.push('judul dokumen');
    if (instansi?.nama !== undefined) parts.push('nama instansi');
    if (instansi?.jenis !== undefined) parts.push('jenis instansi');
    return parts.length === 0 ? 'Ubah info dokumen' : `Ubah ${parts.join(' dan ')}`;
  },
  recipe: (draft, { title, instansi }) => {
    if (title !== undefined && typeof title !== 'string') throw new CommandError('Judul dokumen harus berupa teks.');
    if (instansi?.nama !== undefined && typeof instansi.nama !== 'string') {
      throw new CommandError('Nama instansi harus berupa teks.');
    }
    if (instansi?.jenis !== undefined && !JENIS_INSTANSI.includes(instansi.jenis)) {
      throw new CommandError(`Jenis instansi «${String(instansi.jenis)}» tidak dikenal; pilih provinsi, kabupaten atau kota.`);
    }
    if (title !== undefined && draft.title !== title) draft.title = title;
    if (instansi?.nama !== undefined && draft.instansi.nama !== instansi.nama) draft.instansi.nama = instansi.nama;
    if (instansi?.jenis !== undefined && draft.instansi.jenis !== instansi.jenis) draft.instansi.jenis = instansi.jenis;
  },
});
