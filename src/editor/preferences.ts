// The user's own settings, kept in this browser across documents (not in the document: a reviewer's habits are
// not part of the structure they review). Read on use, so there is no copy to keep in step.
const KEY = 'petakerja.preferences';

export interface Preferences {
  /** "Biarkan kotak di tempat dilepas": a box dropped on a new superior keeps its drop point */
  leaveWhereDropped: boolean;
  /** the minimap in the canvas corner */
  minimap: boolean;
  /** the region profile a new document starts on; null until the user has chosen one */
  defaultProfile: string | null;
}

const DEFAULTS: Preferences = { leaveWhereDropped: false, minimap: false, defaultProfile: null };

function readAll(): Preferences {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return { ...DEFAULTS, ...(parsed && typeof parsed === 'object' ? parsed : {}) };
  } catch {
    // storage blocked or a damaged entry: the defaults, never an error for a setting
    return { ...DEFAULTS };
  }
}

export function preference<K extends keyof Preferences>(key: K): Preferences[K] {
  const value = readAll()[key];
  return typeof value === typeof DEFAULTS[key] || (key === 'defaultProfile' && (value === null || typeof value === 'string')) ? value : DEFAULTS[key];
}

export function setPreference<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [key]: value }));
  } catch {
    // a setting that cannot be kept still applies to this page
  }
}
