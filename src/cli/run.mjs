// Fast start for `npm run validate`. tsx compiles the TypeScript sources on every start (and slower still on a fresh
// clone with an empty tsx cache); instead the CLI is bundled once with esbuild into node_modules/.cache and re-bundled
// only when one of its source files changes (mtime/size of every bundled input is recorded beside the bundle).
// Packages stay external, so the bundle holds only our code and builds in ~50 ms. If esbuild cannot be loaded or
// the cache cannot be written, the CLI runs through tsx as before: slower, never broken.
// Plain JavaScript on purpose: it must run before anything can compile TypeScript.
import { mkdir, readFile, rename, stat, writeFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// `node src/cli/run.mjs --cli=convert …` runs src/cli/convert.ts; without it, validate (each has its own bundle)
const NAMED = process.argv[2]?.startsWith('--cli=') ? process.argv.splice(2, 1)[0].slice(6) : 'validate';
const CLI = /^[a-z]+$/.test(NAMED) ? NAMED : 'validate';
const ENTRY = join(ROOT, `src/cli/${CLI}.ts`);
const CACHE = join(ROOT, 'node_modules/.cache/petakerja-cli');
const BUNDLE = join(CACHE, `${CLI}.mjs`);
const META = join(CACHE, `${CLI}.meta.json`);
/** Bump when the build options below change, so an old bundle is not reused. */
const BUILD_VERSION = 1;

async function fingerprint(file) {
  const s = await stat(join(ROOT, file));
  return `${s.size}:${s.mtimeMs}`;
}

async function isFresh() {
  try {
    const meta = JSON.parse(await readFile(META, 'utf-8'));
    if (meta.version !== BUILD_VERSION) return false;
    await stat(BUNDLE);
    for (const [file, print] of Object.entries(meta.inputs)) {
      if ((await fingerprint(file)) !== print) return false;
    }
    return true;
  } catch {
    return false; // no cache yet, or an input was deleted
  }
}

async function build() {
  const esbuild = await import('esbuild');
  await mkdir(CACHE, { recursive: true });
  // Unique temp names + rename: two CLI runs building at once (parallel tests) never read a half-written file.
  const tmp = join(CACHE, `${CLI}.${process.pid}.${Date.now()}.mjs`);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const rel = relative(ROOT, resolve(ROOT, file)); // metafile paths are relative to absWorkingDir
    inputs[rel] = await fingerprint(rel);
  }
  await rename(tmp, BUNDLE);
  const metaTmp = `${META}.${process.pid}`;
  await writeFile(metaTmp, JSON.stringify({ version: BUILD_VERSION, inputs }));
  await rename(metaTmp, META);
  return result;
}

async function main() {
  if (!(await isFresh())) {
    try {
      await build();
    } catch (e) {
      const messages = e && Array.isArray(e.errors) ? e.errors : null;
      if (messages && messages.length) {
        // The sources do not compile: say where, as tsx would have.
        for (const m of messages) {
          const where = m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ` : '';
          process.stderr.write(`${where}${m.text}\n`);
        }
        process.exitCode = 2;
        return;
      }
      // esbuild missing or the cache not writable: run the TypeScript through tsx.
      await rm(BUNDLE, { force: true }).catch(() => {});
      const { register } = await import('tsx/esm/api');
      register();
      await import(pathToFileURL(ENTRY).href);
      return;
    }
  }
  await import(pathToFileURL(BUNDLE).href);
}

await main();
