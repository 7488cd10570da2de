// Restore a stored version into the open document as one undo step (issue 20 item 7): the version's content
// replaces every part of the document except its identity, so Ctrl+Z brings back what was there before the restore
// and the view the user was in stays. The version is a document of its own kind (restored and migrated by the
// caller); a version of another document is refused.
import type { Workspace } from '../model';
import { CommandError, defineCommand } from './command';

export interface RestoreVersionArgs {
  version: Workspace;
  /** when the version was taken (ms since 1970), for the undo label */
  takenAt: number;
}

export const restoreVersion = defineCommand<RestoreVersionArgs>({
  id: 'document.restoreVersion',
  label: ({ takenAt }) => `Pulihkan versi dari ${new Date(takenAt).toLocaleString('id-ID')}`,
  recipe: (draft, { version }) => {
    if (version.id !== draft.id) throw new CommandError('Versi ini milik dokumen lain; buka dokumen itu untuk memulihkannya.');
    const target = draft as unknown as Record<string, unknown>;
    const source = version as unknown as Record<string, unknown>;
    for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
    for (const [key, value] of Object.entries(source)) {
      // unchanged parts are left alone so the undo step holds only what the version changes
      if (JSON.stringify(target[key]) !== JSON.stringify(value)) target[key] = value;
    }
  },
});
