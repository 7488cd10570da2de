// Command-line arguments of `validate` (DOMAIN.md §8.2). Errors are for the user, in Bahasa Indonesia.
import { PROFILE_IDS, type ProfileId } from '../model';
import { LAYOUTS, type LayoutId } from '../io/import/types';

export type OutputFormat = 'json' | 'text';

export interface ValidateArgs {
  file: string;
  profile: ProfileId | null;
  format: OutputFormat;
  /** how a CSV/XLSX gives the hierarchy (DOMAIN.md §8.4) */
  layout: LayoutId | 'auto';
}

/** --layout auto|kode-atasan|parent-id|nomor|indent, shared by validate and convert. */
export function parseLayout(v: string | null): LayoutId | 'auto' | { error: string } {
  if (v === 'auto' || (v !== null && (LAYOUTS as readonly string[]).includes(v))) return v as LayoutId | 'auto';
  return { error: `--layout harus auto, ${LAYOUTS.join(', ')}${v ? `, bukan «${v}»` : ''}.` };
}

export type ParsedArgs = { kind: 'run'; args: ValidateArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = [
  'Pemakaian: npm run -s validate -- <berkas.json|berkas.csv|berkas.xlsx> [--profile <id>] [--format json|text] [--layout auto|kode-atasan|parent-id|nomor|indent]',
  '',
  '  --profile <id>   profil aturan; menggantikan profil dokumen (CSV/XLSX memakai «nasional»)',
  `                   id yang sah: ${PROFILE_IDS.join(', ')}`,
  '  --format <f>     «text» (laporan, bawaan) atau «json» (satu objek JSON)',
  '',
  'Status keluar: 0 tanpa kesalahan, 1 ada kesalahan, 2 berkas tidak dapat dibaca.',
].join('\n');

const isProfileId = (v: string): v is ProfileId => (PROFILE_IDS as readonly string[]).includes(v);

export function parseArgs(argv: string[]): ParsedArgs {
  let file: string | null = null;
  let profile: ProfileId | null = null;
  let format: OutputFormat = 'text';
  let layout: LayoutId | 'auto' = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = (): string | null => inline ?? (i + 1 < argv.length ? argv[++i] : null);
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag === '--profile') {
      const v = value();
      if (v === null) return { kind: 'error', message: `--profile perlu sebuah id. Id yang sah: ${PROFILE_IDS.join(', ')}.` };
      if (!isProfileId(v)) {
        return { kind: 'error', message: `Profil «${v}» tidak dikenal. Id yang sah: ${PROFILE_IDS.join(', ')}.` };
      }
      profile = v;
    } else if (flag === '--layout') {
      const v = parseLayout(value());
      if (typeof v === 'object') return { kind: 'error', message: v.error };
      layout = v;
    } else if (flag === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'text') {
        return { kind: 'error', message: `--format harus «json» atau «text»${v === null ? '' : `, bukan «${v}»`}.` };
      }
      format = v;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `Opsi «${arg}» tidak dikenal.\n\n${USAGE}` };
    } else if (file === null) {
      file = arg;
    } else {
      return { kind: 'error', message: `Hanya satu berkas yang dapat diperiksa sekaligus («${file}», «${arg}»).` };
    }
  }
  if (file === null) return { kind: 'error', message: `Berkas yang akan diperiksa belum disebut.\n\n${USAGE}` };
  return { kind: 'run', args: { file, profile, format, layout } };
}
