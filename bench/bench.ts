// npm run bench [-- --json] [--only <text>] [--strict]
// Every time is the median of several runs after warm-up; inputs come from bench/generate.ts with a fixed seed.
// --json: the table, then one JSON object (metric → figure) alone on the LAST line of stdout.
// --only: run the metrics whose name contains the text. --strict: exit 1 when a target is missed.
import ELK from 'elkjs/lib/elk.bundled.js';
import { execute } from '../src/commands/command';
import { movePosition } from '../src/commands/movePosition';
import { addTeamMember } from '../src/commands/addTeamMember';
import { layoutStructure } from '../src/layout/layoutStructure';
import { restore, restoreFromText, structureIndex, type Workspace } from '../src/model';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePejabatCsv } from '../src/io/import/pejabatCsv';
import { inflateGuarded } from '../src/io/import/zipGuard';
import { readPetaJabatanTable } from '../src/io/import';
import { createImportHandler } from '../src/io/import/importHandler';
import type { ImportResponse } from '../src/io/import/workerProtocol';
import { petaJabatanXlsx } from '../src/io/spreadsheet/petaJabatanExport';
import type { Finding } from '../src/rules';
import { zipSync } from 'fflate';
import { DocumentStore } from '../src/io/storage/documentStore';
import { createLinter, lint, MAP_RULES, type Linter } from '../src/rules';
import { layoutLintasFungsi } from '../src/layout/lintasFungsi';
import type { LintasFungsiMap } from '../src/model';
import { BENCH_SEED, fixtures, formatTable, median, timeMetric, toJson, type Metric, type Result } from './harness';
import { generateWorkspace, withPemangku } from './generate';
import { pagesToPdf } from '../src/io/export/pdf';
import { pagesOf } from '../src/io/export/plan';
import { structureScene } from '../src/io/export/structureScene';
import { sceneToSvg } from '../src/io/export/svg';
import { createKotaContoh } from '../src/samples/kotaContoh';
import { collabMetrics } from './collab';
import { compareDocuments } from '../src/commands/compareDocuments';
import { previewPenyetaraan } from '../src/commands/penyetaraan';
import { selectForPenyetaraan } from '../src/commands/penyetaraanPlan';

let lyingZipCache: Uint8Array | null = null;
/** 40 MB of zeros whose local header and central directory both claim 2,048 bytes (as test/unit/import/zipGuardInflate). */
function lyingZip(): Uint8Array {
  if (lyingZipCache) return lyingZipCache;
  const bytes = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 < bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, 2048, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, 2048, true);
  }
  return (lyingZipCache = bytes);
}

let xlsx20000: Uint8Array | null = null;
/** A 20,000-row peta jabatan workbook, every cell a Text cell (made once with write-excel-file). */
async function xlsxRows20000(): Promise<Uint8Array> {
  if (xlsx20000) return xlsx20000;
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const { default: Papa } = await import('papaparse');
  const records = Papa.parse<string[]>(fixtures.csv(20_000), { skipEmptyLines: true }).data;
  const data = records.map((r) => r.map((v) => (v === '' ? null : { value: v, type: String, format: '@' })));
  return (xlsx20000 = new Uint8Array(await writeExcelFile(data as never).toBuffer()));
}

async function importXlsxThroughHandler(): Promise<void> {
  const bytes = await xlsxRows20000();
  let preview: ImportResponse | null = null;
  let doc: ImportResponse | null = null;
  const handle = createImportHandler((r) => {
    if (r.type === 'preview') preview = r;
    if (r.type === 'doc') doc = r;
  }, (file, onProgress) => readPetaJabatanTable(file, onProgress));
  await handle({ type: 'read', name: 'peta-20000.xlsx', bytes: bytes.slice(), choice: {}, saved: {} });
  const p = preview as ImportResponse | null;
  if (p?.type !== 'preview' || !p.preview.ok || p.preview.summary.positions !== 20_000) throw new Error(`impor 20.000 baris gagal: ${JSON.stringify(p).slice(0, 300)}`);
  await handle({ type: 'take' });
  if (!doc) throw new Error('dokumen tidak diserahkan');
}

let findings5000Cache: Finding[] | null = null;
const findings5000 = () => (findings5000Cache ??= lint(fixtures.doc(5000)));

let pemangkuCache: Workspace | null = null;
const pemangkuDoc = () => (pemangkuCache ??= withPemangku(fixtures.doc(5000), 20_000, BENCH_SEED));

/** Kota Contoh, made once (new positions each run would also measure the text-fitting cache's misses). */
let kotaDoc: Workspace | null = null;
const kota = () => (kotaDoc ??= createKotaContoh());

let compared: { a: Workspace; b: Workspace } | null = null;
/** A 5,000-position document and a later version of it: renamed, moved (JF under another official) and removed jabatan. */
function compareCase(): { a: Workspace; b: Workspace } {
  if (compared) return compared;
  const a = fixtures.doc(5000);
  const b: Workspace = structuredClone(a);
  const jfs = Object.values(b.positions).filter((p) => p.kind === 'fungsional' && p.superiorId !== null);
  const officials = Object.values(b.positions).filter((p) => p.kind === 'pengawas');
  jfs.slice(0, 200).forEach((p) => (p.nama = `${p.nama} (baru)`));
  jfs.slice(200, 300).forEach((p, i) => (p.superiorId = officials[i % officials.length].id));
  for (const p of jfs.slice(300, 400)) delete b.positions[p.id];
  return (compared = { a, b });
}

/** A JF and another official of the same Perangkat Daerah to move it under (movePosition refuses cross-PD). */
function moveCase(doc: Workspace): { id: string; from: string; to: string } {
  const index = structureIndex(doc);
  const pdOf = (unitId: string) => index.perangkatDaerahOf.get(unitId)!.id;
  const jf = Object.values(doc.positions).find((p) => p.kind === 'fungsional' && p.superiorId !== null)!;
  const to = Object.values(doc.positions).find(
    (p) => p.kind === 'pengawas' && p.id !== jf.superiorId && pdOf(p.unitId) === pdOf(jf.unitId),
  )!;
  return { id: jf.id, from: jf.superiorId!, to: to.id };
}

function commandMetrics(): Metric[] {
  const N = 5000;
  let warm: { doc: Workspace; id: string; from: string } | null = null;
  const steady = () => {
    if (!warm) {
      // As in the editor after the first edit: the document has been through immer once (and is frozen).
      const opened = restore(JSON.parse(fixtures.json(N))).doc;
      const c = moveCase(opened);
      warm = { doc: execute(opened, movePosition, { id: c.id, superiorId: c.to }).doc, id: c.id, from: c.from };
    }
    return warm;
  };
  return [
    timeMetric('command_5000_ms', 5, 'movePosition with patches, 5,000 positions (after the first edit)', () => {
      const w = steady();
      return execute(w.doc, movePosition, { id: w.id, superiorId: w.from });
    }),
    {
      name: 'command_5000_first_ms',
      unit: 'ms',
      target: 5,
      what: 'the first movePosition after opening (immer deep-freezes the opened document)',
      measure: () =>
        median<{ doc: Workspace; c: ReturnType<typeof moveCase> }>(
          ({ doc, c }) => execute(doc, movePosition, { id: c.id, superiorId: c.to }),
          {
            setup: () => {
              const doc = restore(JSON.parse(fixtures.json(N))).doc;
              return { doc, c: moveCase(doc) };
            },
          },
        ),
    },
  ];
}

/** The 5,000-position document with 200 Tim Kerja under Perbup Banjar (every TIM rule on, TIM-07 included). */
let withTeams: Workspace | null = null;
function teamsDoc(): Workspace {
  withTeams ??= { ...generateWorkspace({ positions: 5000, seed: BENCH_SEED, placements: false, teams: 200 }), profileId: 'banjar-39-2024' };
  return withTeams;
}

function teamLintMetrics(): Metric[] {
  return [
    timeMetric('lint_full_5000_teams_ms', 20, 'lint() of every rule over 5,000 positions and 200 teams (Perbup Banjar)', () => lint(teamsDoc())),
    {
      name: 'lint_team_edit_5000_ms',
      unit: 'ms',
      target: 3,
      what: 're-lint after adding a member to one of 200 teams, 5,000 positions (Perbup Banjar)',
      measure: () =>
        median<{ linter: Linter; next: Workspace }>(({ linter, next }) => linter.lint(next), {
          setup: () => {
            const doc = teamsDoc();
            const linter = createLinter();
            linter.lint(doc);
            const team = Object.values(doc.teams)[0];
            const member = Object.values(doc.positions).find((p) => p.kind === 'pelaksana' && !team.members.some((m) => m.positionId === p.id))!;
            const next = execute(doc, addTeamMember, { teamId: team.id, member: { id: 'bench_m', role: 'anggota', positionId: member.id } }).doc;
            return { linter, next };
          },
        }),
    },
    {
      name: 'lint_edit_5000_teams_ms',
      unit: 'ms',
      target: 3,
      what: 're-lint after one movePosition of a team member, 5,000 positions and 200 teams (Perbup Banjar)',
      measure: () =>
        median<{ linter: Linter; next: Workspace }>(({ linter, next }) => linter.lint(next), {
          setup: () => {
            const doc = teamsDoc();
            const linter = createLinter();
            linter.lint(doc);
            const c = memberMoveCase(doc);
            return { linter, next: execute(doc, movePosition, { id: c.id, superiorId: c.to }).doc };
          },
        }),
    },
  ];
}

/** A JF that is a team member, and a Pengawas of its PD (not its superior) to move it under. */
function memberMoveCase(doc: Workspace): { id: string; to: string } {
  const index = structureIndex(doc);
  const pdOf = (unitId: string) => index.perangkatDaerahOf.get(unitId)!.id;
  const members = new Set(Object.values(doc.teams).flatMap((t) => t.members.map((m) => m.positionId)));
  for (const jf of Object.values(doc.positions)) {
    if (jf.kind !== 'fungsional' || jf.superiorId === null || !members.has(jf.id)) continue;
    const to = Object.values(doc.positions).find((p) => p.kind === 'pengawas' && p.id !== jf.superiorId && pdOf(p.unitId) === pdOf(jf.unitId));
    if (to) return { id: jf.id, to: to.id };
  }
  throw new Error('no team member to move');
}

const elk = new ELK();

/** A 200-position structure with one 300-activity lintas fungsi map bound to it (bench/generate.ts). */
function mapMetrics(): Metric[] {
  let doc: Workspace | null = null;
  const withMap = (): Workspace => (doc ??= generateWorkspace({ positions: 200, seed: BENCH_SEED, placements: false, lintasFungsi: { activities: 300 } }));
  const map = (): LintasFungsiMap => Object.values(withMap().maps)[0] as LintasFungsiMap;
  return [
    timeMetric('lint_map_300_ms', 5, 'lint() of every PETA/LF/REL rule over a 300-activity lintas fungsi map', () =>
      lint(withMap(), { rules: MAP_RULES }),
    ),
    timeMetric('layout_map_300_ms', 2000, '"Rapikan" (ELK layered with a partition per lane, elk.bundled) of a 300-activity lintas fungsi map', () => layoutLintasFungsi(map(), elk), {
      runs: 5,
      warmup: 1,
    }),
  ];
}

/** The registry: name, target and how to measure. Keep names stable: CI compares the JSON keys. */
const metrics: Metric[] = [
  timeMetric('parse_json_5000_ms', 150, 'JSON.parse + restore() of a saved 5,000-position document', () =>
    restoreFromText(fixtures.json(5000)),
  ),
  ...commandMetrics(),
  {
    name: 'serialized_5000_bytes',
    unit: 'bytes',
    target: 2_500_000,
    what: 'a 5,000-position document saved as compact JSON (UTF-8)',
    measure: async () => new TextEncoder().encode(fixtures.json(5000)).length,
  },
  timeMetric(
    'layout_2000_ms',
    null,
    '"Rapikan" (layoutStructure, elk.bundled in node) of 2,000 positions',
    () => layoutStructure(fixtures.doc(2000), elk),
    { runs: 5, warmup: 1 },
  ),
  timeMetric('lint_full_5000_ms', 20, 'lint() of every KED rule over 5,000 positions', () => lint(fixtures.doc(5000))),
  // issue 13: the peta jabatan shape — jabatan with several pemangku each, 20,000 in all (JAB-03/04 read every one)
  timeMetric('lint_full_5000_pemangku_ms', 20, 'lint() of every rule over 5,000 jabatan holding 20,000 pemangku', () => lint(pemangkuDoc())),
  {
    name: 'lint_edit_5000_ms',
    unit: 'ms',
    target: 3,
    what: 're-lint with the incremental linter after one movePosition, 5,000 positions',
    measure: () =>
      median<{ linter: Linter; next: Workspace }>(({ linter, next }) => linter.lint(next), {
        setup: () => {
          const doc = fixtures.doc(5000);
          const linter = createLinter();
          linter.lint(doc);
          const c = moveCase(doc);
          return { linter, next: execute(doc, movePosition, { id: c.id, superiorId: c.to }).doc };
        },
      }),
  },
  ...teamLintMetrics(),
  // issue 13: a 40 MB sheet whose zip directory says 2 KB, stopped at a 4 MB limit by the bytes actually inflated
  timeMetric('zip_lying_stop_ms', 1000, 'inflateGuarded stops a zip that claims 2 KB and inflates to 40 MB at the 4 MB limit', async () => {
    const v = await inflateGuarded(lyingZip(), 4 * 1024 * 1024);
    if (v.ok) throw new Error('the lying zip was not stopped');
  }),
  // issue 13: what the import dialog's worker does for a 20,000-row workbook (readPetaJabatanTable + build, through the
  // worker's own handler; only the postMessage hop of the browser is not in it — bench:browser measures the page side)
  timeMetric('import_xlsx_20000_ms', 3000, 'XLSX of 20,000 rows → preview and document, through the import worker\'s handler', () => importXlsxThroughHandler(), { runs: 5, warmup: 1 }),
  timeMetric('export_xlsx_5000_ms', 1500, 'peta jabatan XLSX (Peta Jabatan, Pemangku, Rekap, Temuan) of 5,000 jabatan and their findings', () =>
    petaJabatanXlsx(fixtures.doc(5000), findings5000()),
  { runs: 5, warmup: 1 }),
  timeMetric('csv_import_5000_ms', null, 'peta jabatan CSV of 5,000 rows → document', () => parsePejabatCsv(fixtures.csv(5000))),
  {
    name: 'cli_validate_5000_ms',
    unit: 'ms',
    target: 1500,
    what: 'npm run -s validate on a 5,000-row CSV, whole process (node src/cli/run.mjs)',
    measure: () => {
      const file = join(mkdtempSync(join(tmpdir(), 'petakerja-bench-')), 'peta-5000.csv');
      writeFileSync(file, fixtures.csv(5000));
      return median(
        () => {
          const r = spawnSync(process.execPath, ['src/cli/run.mjs', file, '--format', 'json'], { encoding: 'utf8' });
          if (r.status !== 0 && r.status !== 1) throw new Error(`validate gagal: ${r.stderr}`);
        },
        { runs: 5, warmup: 1 },
      );
    },
  },
  {
    name: 'store_save_5000_ms',
    unit: 'ms',
    target: 50,
    what: 'DocumentStore.save of 5,000 positions over an in-memory Storage (the browser figure is autosave_5000_ms)',
    measure: () => {
      const store = new DocumentStore(new MemoryStorage());
      const doc = fixtures.doc(5000);
      let revision = 0;
      let i = 0;
      return median(() => {
        const r = store.save({ ...doc, title: `Versi ${i++}` }, revision);
        if (!r.ok) throw new Error(r.message);
        revision = r.revision;
      });
    },
  },
  ...mapMetrics(),
  // issue 14: a user waits on these after clicking «Ekspor»; the PDF of the Kota Contoh struktur (189 positions,
  // every box fitted) must come well inside the 2 s a dialog may keep its "Mengekspor…" before it feels stuck, and
  // the SVG of the largest structure we test (5,000 positions) inside 1.5 s
  timeMetric('export_pdf_kota_ms', 1000, 'PDF of the Kota Contoh struktur on F4, fit (scene + jsPDF + output)', () =>
    pagesToPdf(pagesOf(kota(), { kind: 'struktur' }, {}, 'Kota'), { paper: 'f4', orientation: 'auto', mode: 'fit', tilesAcross: 1, title: 'Kota', heading: null, signature: null }).output('arraybuffer'),
  ),
  timeMetric('export_svg_5000_ms', 1500, 'SVG of a 5,000-position struktur (scene with fitted text + SVG text)', () =>
    sceneToSvg(structureScene(fixtures.doc(5000)), 'Struktur'),
  ),
  // issue 18: co-editing through the Yjs binding and the server
  ...collabMetrics(),
  // issue 17: the compare dialog and the penyetaraan preview answer a click; both must stay inside the 1 s a dialog
  // may take before it feels stuck (lint of both sides included: the dialog shows findings introduced/resolved)
  timeMetric('compare_5000_ms', 1000, 'compareDocuments of 5,000 positions against a later version (200 renamed, 100 moved, 100 removed), lint of both', () => {
    const { a, b } = compareCase();
    return compareDocuments(a, b);
  }),
  timeMetric('penyetaraan_preview_kota_ms', 1000, 'previewPenyetaraan of every Pengawas of Kota Contoh (plan, execute, compare, lint after)', () => {
    const doc = kota();
    return previewPenyetaraan(doc, { positionIds: selectForPenyetaraan(doc, { kind: 'pengawas' }) });
  }),
  // more metrics: add { name, unit, target, what, measure } here (timeMetric for times).
];

/** The part of Storage the document store uses, in memory. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const strict = argv.includes('--strict');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] ?? '' : '';
  const results: Result[] = [];
  for (const metric of metrics.filter((m) => m.name.includes(only))) {
    results.push({ metric, value: await metric.measure() });
  }
  console.log(`PetaKerja benchmark — node ${process.version}; times are medians (see bench/harness.ts)`);
  console.log(formatTable(results));
  const missed = results.filter((r) => r.metric.target !== null && r.value >= r.metric.target);
  if (json) console.log(toJson(results));
  if (strict && missed.length > 0) process.exitCode = 1;
}

await main(process.argv.slice(2));
