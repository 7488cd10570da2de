// Entry of `npm run -s convert -- <doc> --to <out.svg|out.pdf> …` (runConvert.ts).
import { runConvert } from './runConvert';
import { EXIT_UNREADABLE } from './runValidate';

try {
  process.exitCode = await runConvert(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (e) {
  process.stderr.write(`Konversi gagal karena kesalahan internal.\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = EXIT_UNREADABLE;
}
