import { newId } from './ids';
import { CURRENT_VERSION, FORMAT_TAG, type Workspace } from './schema';

/** The title of a document nobody has named yet; the first unit added names it (see commands addUnit, updateUnit). */
export const UNTITLED_DOCUMENT = 'Dokumen baru';

export function emptyWorkspace(title = UNTITLED_DOCUMENT): Workspace {
  return {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    id: newId('doc'),
    title,
    instansi: { nama: '', jenis: null },
    profileId: 'nasional',
    severityOverrides: {},
    settings: { labelKelompokManajemen: 'Manajemen' },
    units: {},
    positions: {},
    teams: {},
    maps: {},
  };
}
