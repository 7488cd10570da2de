// `npm run docs`: writes the generated documentation (docs/aturan.md). `--check` only compares and exits 1 when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderCatalog } from './catalog';
import { writeSamples } from './samples';

const TARGET = 'docs/aturan.md';
const text = renderCatalog();
let current = '';
try {
  current = readFileSync(TARGET, 'utf8');
} catch {
  // not written yet
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${TARGET} sudah usang: jalankan npm run docs`);
    process.exitCode = 1;
  } else console.log(`${TARGET} mutakhir.`);
} else if (current === text) console.log(`${TARGET} tidak berubah.`);
else {
  writeFileSync(TARGET, text);
  console.log(`${TARGET} ditulis (${text.length} karakter).`);
}

if (!process.argv.includes('--check')) for (const f of await writeSamples()) console.log(`${f} ditulis.`);
