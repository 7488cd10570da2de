// `convert` as a function: a document in, a lampiran out, drawn from the same export scenes as the app
// (io/export/plan.ts, io/sop/sopScene.ts). The output's extension picks the writer (CONVERTERS): .svg and .pdf here;
// other formats (spreadsheets) register their own writer in the same table.
//   npm run -s convert -- doc.json --to out.svg|out.pdf [--view struktur|tim:<teamId>|peta:<mapId>|sop:<mapId>]
//                         [--paper a4|f4|a3] [--orientation auto|portrait|landscape]
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fitReport, formatPt, MIN_READABLE_PT, readableOn, type OrientationChoice, type Paper } from '../io/export/paper';
import { pagesToPdf, type PdfOptions } from '../io/export/pdf';
import { pagesOf, type ExportTarget } from '../io/export/plan';
import { stackPages, type ExportPage } from '../io/export/scene';
import { sceneToSvg } from '../io/export/svg';
import { sopPages } from '../io/sop/sopScene';
import type { Workspace } from '../model';
import { serializeDocument } from '../io/file/documentFile';
import { lint } from '../rules';
import { petaJabatanCsv, petaJabatanXlsx } from '../io/spreadsheet/petaJabatanExport';
import { escapeControl } from './escape';
import { parseLayout } from './args';
import type { LayoutId } from '../io/import/types';
import { EXIT_OK, EXIT_UNREADABLE, load, Unreadable, type CliIo } from './runValidate';

export const CONVERT_USAGE = [
  'Pemakaian: npm run -s convert -- <dokumen.json|berkas.csv|berkas.xlsx> --to <keluaran.svg|.pdf|.xlsx|.csv|.json>',
  '           [--view struktur|tim:<id>|peta:<id>|sop:<id>] [--paper a4|f4|a3] [--orientation auto|portrait|landscape] [--per-unit]',
  '',
  '  --view           yang digambar (bawaan: struktur); sop:<id> = tabel SOP peta lintas fungsi',
  '  --paper          kertas PDF (bawaan: f4)',
  '  --orientation    auto (mengikuti bentuk gambar, bawaan), portrait atau landscape',
  '  --per-unit       struktur: satu halaman per Bidang/Bagian dengan halaman kunci',
  '  --layout         susunan CSV/XLSX: auto (bawaan), kode-atasan, parent-id, nomor, indent',
  '  .xlsx/.csv       peta jabatan (lembar Peta Jabatan, Pemangku, Rekap, Temuan; CSV «;» dengan BOM); .json = berkas kerja',
  '',
  'Status keluar: 0 berhasil, 2 masukan atau pilihan tidak dapat dipakai.',
].join('\n');

export type View = { kind: 'target'; target: ExportTarget } | { kind: 'sop'; mapId: string };

export interface ConvertArgs {
  file: string;
  to: string;
  view: View;
  paper: Paper;
  orientation: OrientationChoice;
  /** struktur: one page per Bidang/Bagian with a key page, heading and signature on every page */
  perUnit: boolean;
  /** how a CSV/XLSX input gives the hierarchy */
  layout: LayoutId | 'auto';
}

/** A writer of one output format: the document and the arguments in, the file's bytes or text out. */
export type Converter = (doc: Workspace, args: ConvertArgs, io: CliIo) => Promise<string | Uint8Array>;

/** By the output's extension (lower case, with the dot). */
export const CONVERTERS: Record<string, Converter> = {
  // the peta jabatan as a spreadsheet (DOMAIN.md §8.5) and a workspace file
  '.xlsx': async (doc) => petaJabatanXlsx(doc, lint(doc)),
  '.csv': async (doc) => petaJabatanCsv(doc),
  '.json': async (doc) => serializeDocument(doc),
  '.svg': async (doc, args) => {
    const pages = pagesFor(doc, args, null);
    return sceneToSvg(pages.length === 1 ? pages[0].scene : stackPages(pages), doc.title);
  },
  '.pdf': async (doc, args, io) => {
    const pages = pagesFor(doc, args, args.paper);
    const sop = args.view.kind === 'sop';
    const opts: PdfOptions = { paper: args.paper, orientation: sop ? 'landscape' : args.orientation, mode: 'fit', tilesAcross: 1, title: pages[0]?.title ?? doc.title, heading: null, signature: null, everyPage: args.perUnit };
    const report = fitReport(pages, opts);
    if (report.smallestPt < MIN_READABLE_PT) {
      io.stderr(`Peringatan: teks terkecil ${formatPt(report.smallestPt)} (di bawah ${MIN_READABLE_PT} pt). Pilih --paper a3 atau --per-unit (satu halaman per Bidang/Bagian).\n`);
    }
    return new Uint8Array(pagesToPdf(pages, opts).output('arraybuffer'));
  },
};

function pagesFor(doc: Workspace, args: ConvertArgs, paper: Paper | null): ExportPage[] {
  const v = args.view;
  if (v.kind === 'sop') {
    const map = doc.maps[v.mapId];
    if (!map) throw new Unreadable(`Peta «${escapeControl(v.mapId)}» tidak ada dalam dokumen.`);
    if (map.kind !== 'lintas-fungsi') throw new Unreadable(`Tabel SOP hanya untuk peta lintas fungsi; «${escapeControl(map.title)}» bukan peta lintas fungsi.`);
    return sopPages(doc, map, { paper });
  }
  const t = v.target;
  if (t.kind === 'map' && !doc.maps[t.mapId]) throw new Unreadable(`Peta «${escapeControl(t.mapId)}» tidak ada dalam dokumen. Id peta: ${Object.keys(doc.maps).map(escapeControl).join(', ') || '(tidak ada)'}.`);
  if (t.kind === 'team' && t.teamId && !doc.teams[t.teamId]) throw new Unreadable(`Tim «${escapeControl(t.teamId)}» tidak ada dalam dokumen.`);
  const title = t.kind === 'map' ? doc.maps[t.mapId].title : t.kind === 'team' && t.teamId ? doc.teams[t.teamId].nama : doc.title;
  try {
    const fits = args.perUnit && paper ? readableOn({ paper, orientation: args.orientation, mode: 'fit', tilesAcross: 1, heading: null, signature: null, everyPage: true }) : undefined;
    return pagesOf(doc, t, {}, title, args.perUnit, fits);
  } catch (e) {
    throw new Unreadable(e instanceof Error ? e.message : String(e));
  }
}

type Parsed = { kind: 'run'; args: ConvertArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export function parseConvertArgs(argv: string[]): Parsed {
  let file: string | null = null;
  let to: string | null = null;
  let view: View = { kind: 'target', target: { kind: 'struktur' } };
  let paper: Paper = 'f4';
  let orientation: OrientationChoice = 'auto';
  let perUnit = false;
  let layout: LayoutId | 'auto' = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = (): string | null => inline ?? (i + 1 < argv.length ? argv[++i] : null);
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag === '--per-unit') perUnit = true;
    else if (flag === '--layout') {
      const v = parseLayout(value());
      if (typeof v === 'object') return { kind: 'error', message: v.error };
      layout = v;
    } else if (flag === '--to') {
      to = value();
      if (!to) return { kind: 'error', message: '--to perlu nama berkas keluaran (.svg atau .pdf).' };
    } else if (flag === '--view') {
      const v = value() ?? '';
      const m = /^(struktur|tim|peta|sop)(?::(.+))?$/.exec(v);
      if (!m || (m[1] !== 'struktur' && m[1] !== 'tim' && !m[2])) return { kind: 'error', message: `--view «${escapeControl(v)}» tidak dikenal: struktur, tim:<id>, peta:<id> atau sop:<id>.` };
      view = m[1] === 'struktur' ? { kind: 'target', target: { kind: 'struktur' } } : m[1] === 'tim' ? { kind: 'target', target: { kind: 'team', teamId: m[2] ?? null } } : m[1] === 'peta' ? { kind: 'target', target: { kind: 'map', mapId: m[2] } } : { kind: 'sop', mapId: m[2] };
    } else if (flag === '--paper') {
      const v = value();
      if (v !== 'a4' && v !== 'f4' && v !== 'a3') return { kind: 'error', message: `--paper harus a4, f4 atau a3${v ? `, bukan «${escapeControl(v)}»` : ''}.` };
      paper = v;
    } else if (flag === '--orientation') {
      const v = value();
      if (v !== 'auto' && v !== 'portrait' && v !== 'landscape') return { kind: 'error', message: `--orientation harus auto, portrait atau landscape${v ? `, bukan «${escapeControl(v)}»` : ''}.` };
      orientation = v;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `Opsi «${escapeControl(arg)}» tidak dikenal.\n\n${CONVERT_USAGE}` };
    } else if (file === null) file = arg;
    else return { kind: 'error', message: `Hanya satu berkas masukan («${escapeControl(file)}», «${escapeControl(arg)}»).` };
  }
  if (file === null) return { kind: 'error', message: `Berkas masukan belum disebut.\n\n${CONVERT_USAGE}` };
  if (to === null) return { kind: 'error', message: `Berkas keluaran belum disebut (--to keluaran.svg atau keluaran.pdf).\n\n${CONVERT_USAGE}` };
  const ext = extname(to).toLowerCase();
  if (!CONVERTERS[ext]) return { kind: 'error', message: `Format keluaran «${escapeControl(ext || to)}» tidak didukung; pilih salah satu: ${Object.keys(CONVERTERS).join(', ')}.` };
  return { kind: 'run', args: { file, to, view, paper, orientation, perUnit, layout } };
}

export async function runConvert(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseConvertArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(CONVERT_USAGE + '\n');
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.stderr(parsed.message + '\n');
    return EXIT_UNREADABLE;
  }
  const { args } = parsed;
  try {
    const { doc, notices } = await load(args);
    for (const n of notices) io.stderr(`Catatan: ${escapeControl(n)}\n`);
    const out = await CONVERTERS[extname(args.to).toLowerCase()](doc, args, io);
    try {
      await writeFile(args.to, out);
    } catch (e) {
      throw new Unreadable(`Berkas «${escapeControl(args.to)}» tidak dapat ditulis: ${e instanceof Error ? escapeControl(e.message) : String(e)}`);
    }
    io.stderr(`Tertulis: ${escapeControl(args.to)}\n`);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof Unreadable) {
      io.stderr(e.message + '\n');
      return EXIT_UNREADABLE;
    }
    throw e;
  }
}
