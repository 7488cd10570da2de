// How one stored document looks in localStorage, and how to read its header cheaply.
// The envelope is written by hand around one JSON.stringify of the document so the header always comes first:
// a conflict check or another tab's `storage` event then reads the revision from the first few hundred
// characters instead of parsing a 2 MB document a second time.
import type { Workspace } from '../../model';

export const KEY_PREFIX = 'petakerja:';
export const INDEX_KEY = 'petakerja:index';
export const LAST_KEY = 'petakerja:last';
export const DOC_KEY_PREFIX = 'petakerja:doc:';

export const docKey = (id: string): string => DOC_KEY_PREFIX + id;

/** The id of a document key, or null for any other key. */
export function docIdOfKey(key: string | null): string | null {
  return key !== null && key.startsWith(DOC_KEY_PREFIX) && key.length > DOC_KEY_PREFIX.length
    ? key.slice(DOC_KEY_PREFIX.length)
    : null;
}

export interface EnvelopeHeader {
  savedAt: number;
  revision: number;
  tabId: string;
}

/** The envelope as stored: `{ savedAt, revision, tabId, doc }`. */
export interface Envelope extends EnvelopeHeader {
  doc: unknown;
}

/** Serialises the envelope with exactly one JSON.stringify of the document (the expensive part). */
export function serializeEnvelope(header: EnvelopeHeader, docJson: string): string {
  return `{"savedAt":${header.savedAt},"revision":${header.revision},"tabId":${JSON.stringify(header.tabId)},"doc":${docJson}}`;
}

export function serializeDocumentCompact(doc: Workspace): string {
  return JSON.stringify(doc);
}

const HEADER_PATTERN = /^\{"savedAt":(\d{1,16}),"revision":(\d{1,15}),"tabId":("(?:[^"\\]|\\.){0,200}")/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function headerOf(value: Record<string, unknown>): EnvelopeHeader {
  return {
    savedAt: typeof value.savedAt === 'number' && Number.isFinite(value.savedAt) ? value.savedAt : 0,
    revision: typeof value.revision === 'number' && Number.isInteger(value.revision) && value.revision >= 0 ? value.revision : 0,
    tabId: typeof value.tabId === 'string' ? value.tabId : '',
  };
}

/**
 * The header of a stored text, or null when the text is not JSON at all. Fast path: the header this module writes;
 * anything else (written by hand, an older build) is parsed in full. A bare document without an envelope has
 * revision 0.
 */
export function readEnvelopeHeader(text: string): EnvelopeHeader | null {
  const m = HEADER_PATTERN.exec(text.slice(0, 300));
  if (m) {
    try {
      return { savedAt: Number(m[1]), revision: Number(m[2]), tabId: JSON.parse(m[3]) as string };
    } catch {
      // fall through to the full parse
    }
  }
  const parsed = parseEnvelope(text);
  return parsed === null ? null : parsed;
}

/**
 * The whole envelope, or null when the text is not JSON or not an object. A bare PetaKerja document (no envelope)
 * is accepted as revision 0 so nothing stored by hand or by an early build becomes unreadable.
 */
export function parseEnvelope(text: string): Envelope | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw)) return null;
  if ('doc' in raw && !('format' in raw)) return { ...headerOf(raw), doc: raw.doc };
  return { savedAt: 0, revision: 0, tabId: '', doc: raw };
}
