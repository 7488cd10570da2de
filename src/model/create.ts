import { newId } from './ids';
import { CURRENT_VERSION, FORMAT_TAG, type Workspace } from './schema';

export function emptyWorkspace(title = 'Dokumen baru'): Workspace {
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
