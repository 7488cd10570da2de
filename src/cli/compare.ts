// Entry of `npm run -s compare -- a.json b.json [--format json|text]` (issue 17; DOMAIN.md §9).
import { runCompare } from './runCompare';
import { EXIT_UNREADABLE } from './runValidate';

try {
  process.exitCode = await runCompare(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (e) {
  process.stderr.write(`Perbandingan gagal karena kesalahan internal.\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = EXIT_UNREADABLE;
}
