// `validate` as a function: arguments in, text out, exit status back. Nothing here touches process state, so
// tests can call it directly and the entry file stays one line.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { RestoreError, restoreFromText, type ProfileId, type Workspace } from '../model';
import { lint } from '../rules';
import { formatProblem, importPetaJabatan, subjectAsKode, type LayoutId } from '../io/import';
import { parseArgs, USAGE, type ValidateArgs } from './args';
import { escapeControl } from './escape';
import { countBySeverity, toJson, toText, type ValidationOutcome } from './report';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** A document over this size is refused before it is read into memory (CSV/XLSX have their own smaller limit). */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export class Unreadable extends Error {}

export async function runValidate(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(USAGE + '\n');
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.stderr(escapeLines(parsed.message) + '\n');
    return EXIT_UNREADABLE;
  }
  let loaded: Loaded;
  try {
    loaded = await load(parsed.args);
  } catch (e) {
    if (e instanceof Unreadable) {
      io.stderr(escapeLines(e.message) + '\n');
      return EXIT_UNREADABLE;
    }
    throw e;
  }

  const profile: ProfileId = parsed.args.profile ?? loaded.doc.profileId;
  const doc: Workspace = profile === loaded.doc.profileId ? loaded.doc : { ...loaded.doc, profileId: profile };
  const findings = lint(doc).map((f) =>
    loaded.source === 'json' ? f : { ...f, subjects: f.subjects.map((id) => subjectAsKode(doc, id)) },
  );
  const outcome: ValidationOutcome = {
    file: basename(parsed.args.file),
    source: loaded.source,
    doc,
    profile,
    findings,
    notices: loaded.notices,
  };
  if (parsed.args.format === 'json') {
    // stdout carries the JSON object only; what the reader had to repair goes to stderr.
    for (const n of loaded.notices) io.stderr(`Catatan: ${escapeLines(n)}\n`);
    io.stdout(toJson(outcome) + '\n');
  } else {
    io.stdout(toText(outcome) + '\n');
  }
  return countBySeverity(findings).error > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Messages to the terminal keep their own line breaks; every control character inside a line is made visible. */
function escapeLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}

export interface Loaded {
  doc: Workspace;
  source: ValidationOutcome['source'];
  notices: string[];
}

/** Read a document (JSON) or a peta jabatan (CSV/XLSX) from a file; Unreadable says why it could not. */
export function loadFile(file: string): Promise<Loaded> {
  return load({ file });
}

/** A document file (JSON, or a peta jabatan CSV/XLSX) as a workspace; Unreadable with the reason otherwise. */
export async function load(args: Pick<ValidateArgs, 'file'> & { layout?: LayoutId | 'auto' }): Promise<Loaded> {
  const name = args.file;
  let bytes: Uint8Array;
  try {
    const info = await stat(name);
    if (info.isDirectory()) throw new Unreadable(`«${name}» adalah folder, bukan berkas.`);
    if (info.size > MAX_FILE_BYTES) throw new Unreadable(`Berkas «${name}» terlalu besar (${Math.round(info.size / 1024 / 1024)} MB).`);
    bytes = await readFile(name);
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new Unreadable(
      code === 'ENOENT'
        ? `Berkas «${name}» tidak ditemukan.`
        : code === 'EACCES'
          ? `Berkas «${name}» tidak boleh dibaca (izin ditolak).`
          : `Berkas «${name}» tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`,
    );
  }

  if (isJsonDocument(name, bytes)) {
    try {
      const { doc, notices } = restoreFromText(new TextDecoder('utf-8').decode(bytes));
      return { doc, source: 'json', notices };
    } catch (e) {
      if (e instanceof RestoreError) {
        throw new Unreadable([`Dokumen «${name}» tidak dapat dibaca: ${e.message}`, ...e.problems.map((p) => `  - ${p}`)].join('\n'));
      }
      throw e;
    }
  }

  const result = await importPetaJabatan({ name, bytes }, { layout: args.layout ?? 'auto' });
  if (!result.ok) {
    throw new Unreadable(
      [
        `Peta jabatan «${name}» tidak dapat dibaca (${result.problems.length} masalah); tidak ada yang diperiksa:`,
        ...result.problems.map((p) => `  - ${formatProblem(p)}`),
      ].join('\n'),
    );
  }
  const source = /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b) ? 'xlsx' : 'csv';
  return { doc: result.doc, source, notices: result.notices };
}

/** A .json name, or content that opens with "{" (after a BOM or whitespace) when the name says nothing. */
function isJsonDocument(name: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.(csv|txt|xlsx|xls)$/i.test(name)) return false;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b;
}
