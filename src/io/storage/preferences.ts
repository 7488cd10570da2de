// The user's own settings in this browser (not part of any document): the region profile a new document starts
// with, and whether dropped boxes are re-placed. One localStorage key, read and written through any StorageLike.
import { PROFILE_IDS, type ProfileId } from '../../model';
import type { StorageLike } from './documentStore';

export const PREFERENCES_KEY = 'petakerja:preferences';

export interface Preferences {
  /** the profile a new document starts with; null until the user has chosen one */
  defaultProfileId: ProfileId | null;
  /** true: a box dropped under a new superior stays where it was dropped ("biarkan kotak di tempat saya letakkan") */
  keepDroppedBoxes: boolean;
  /** the name written on the catatan reviu of this user (set once in the Reviu panel); '' until set */
  reviewerName: string;
}

export const DEFAULT_PREFERENCES: Preferences = { defaultProfileId: null, keepDroppedBoxes: false, reviewerName: '' };

export function readPreferences(storage: Pick<StorageLike, 'getItem'> | null): Preferences {
  if (!storage) return DEFAULT_PREFERENCES;
  try {
    const raw = storage.getItem(PREFERENCES_KEY);
    if (!raw) return DEFAULT_PREFERENCES;
    const parsed = JSON.parse(raw) as Partial<Preferences>;
    return {
      defaultProfileId: PROFILE_IDS.includes(parsed.defaultProfileId as ProfileId) ? (parsed.defaultProfileId as ProfileId) : null,
      keepDroppedBoxes: parsed.keepDroppedBoxes === true,
      reviewerName: typeof parsed.reviewerName === 'string' ? parsed.reviewerName.slice(0, 120) : '',
    };
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Write the changed preferences; false when the browser refused (full or blocked storage) — nothing else breaks. */
export function writePreferences(storage: Pick<StorageLike, 'getItem' | 'setItem'> | null, changes: Partial<Preferences>): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFERENCES_KEY, JSON.stringify({ ...readPreferences(storage), ...changes }));
    return true;
  } catch {
    return false;
  }
}
