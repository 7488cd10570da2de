// `compare` as a function: `npm run -s compare -- a.json b.json [--format json|text] [--match auto|id|kode|nama]`.
// Prints one JSON object (added, removed, changed, moved, unmatched, findings introduced/resolved, matriks) or a text
// report whose names and messages have their control characters escaped. Exit 0 when both files were read, 2 when
// one could not be (the message says why).
import { comparisonJson, compareDocuments } from '../commands/compareDocuments';
import { comparisonText } from './compareReport';
import type { CompareMatch } from '../model';
import { EXIT_OK, EXIT_UNREADABLE, loadFile, Unreadable, type CliIo } from './runValidate';

export const COMPARE_USAGE = [
  'Pemakaian: npm run -s compare -- <lama.json|csv|xlsx> <baru.json|csv|xlsx> [--format json|text] [--match auto|id|kode|nama]',
  '  --format  json: satu objek JSON (added, removed, changed, moved, unmatched, findings, matriks); text (bawaan): laporan',
  '  --match   auto (bawaan): id bila kedua dokumen seasal, lalu kode, lalu nama dan jalur unit',
].join('\n');

const MATCHES: CompareMatch[] = ['auto', 'id', 'kode', 'nama'];

export async function runCompare(argv: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let format: 'json' | 'text' = 'text';
  let match: CompareMatch = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      io.stdout(COMPARE_USAGE + '\n');
      return EXIT_OK;
    }
    const take = (name: string): string | null => {
      if (a === name) return argv[++i] ?? '';
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      return null;
    };
    const f = take('--format');
    if (f !== null) {
      if (f !== 'json' && f !== 'text') {
        io.stderr(`Format tidak dikenal: «${f}» (json atau text).\n${COMPARE_USAGE}\n`);
        return EXIT_UNREADABLE;
      }
      format = f;
      continue;
    }
    const m = take('--match');
    if (m !== null) {
      if (!MATCHES.includes(m as CompareMatch)) {
        io.stderr(`Cara pencocokan tidak dikenal: «${m}» (${MATCHES.join(', ')}).\n`);
        return EXIT_UNREADABLE;
      }
      match = m as CompareMatch;
      continue;
    }
    if (a.startsWith('--')) {
      io.stderr(`Pilihan tidak dikenal: ${a}\n${COMPARE_USAGE}\n`);
      return EXIT_UNREADABLE;
    }
    files.push(a);
  }
  if (files.length !== 2) {
    io.stderr(`Berikan tepat dua berkas: yang lama dan yang baru.\n${COMPARE_USAGE}\n`);
    return EXIT_UNREADABLE;
  }
  let docs;
  try {
    docs = [await loadFile(files[0]), await loadFile(files[1])];
  } catch (e) {
    if (e instanceof Unreadable) {
      io.stderr(e.message + '\n');
      return EXIT_UNREADABLE;
    }
    throw e;
  }
  const [a, b] = docs.map((d) => d.doc);
  const json = comparisonJson(a, b, compareDocuments(a, b, { match }));
  if (format === 'json') {
    for (const d of docs) for (const n of d.notices) io.stderr(`Catatan: ${n}\n`);
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else io.stdout(comparisonText(json));
  return EXIT_OK;
}
