// How one stored document looks in localStorage, and how to read its header cheaply.
// The header is written before the document, so a conflict check or another tab's `storage` event reads the
// revision from the first few hundred characters instead of parsing a 2 MB document a second time.
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

/**
 * The envelope as one JSON.stringify (the document is serialised exactly once). Property order is insertion
 * order, so the header always comes first — readEnvelopeHeader relies on it.
 */
export function serializeEnvelope(header: EnvelopeHeader, doc: unknown): string {
  const envelope: Envelope = { savedAt: header.savedAt, revision: header.revision, tabId: header.tabId, doc };
  return escapeWideChars(JSON.stringify(envelope));
}

const WIDE_CHAR = /[\u0100-\uffff]/;
const WIDE_CHARS = /[\u0100-\uffff]/g;

/**
 * Chromium keeps a localStorage value that has only Latin-1 characters in one byte per character and any other
 * value in two; one "—" or "“" copied from a word processor turns a 1.8 MB document into a two-byte string and
 * doubles the time of setItem (measured 9–10 ms → 17–24 ms for 5,000 positions). Such characters can only occur
 * inside JSON strings, where `\uXXXX` means the same, so escaping them costs ~3 ms and changes nothing on parse.
 * A text made mostly of such characters is left as it is: escaping would make it markedly longer.
 */
export function escapeWideChars(json: string): string {
  if (!WIDE_CHAR.test(json)) return json;
  let count = 0;
  const escaped = json.replace(WIDE_CHARS, (c) => {
    count++;
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  });
  return count * 5 > json.length / 20 ? json : escaped;
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
  return parsed === null ? null : { savedAt: parsed.savedAt, revision: parsed.revision, tabId: parsed.tabId };
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
