// Entry of `npm run -s validate -- <file> [--profile <id>] [--format json|text]` (DOMAIN.md §8.2).
// process.exitCode rather than process.exit(): a large JSON report piped to another program must be flushed whole.
import { EXIT_UNREADABLE, runValidate } from './runValidate';

try {
  process.exitCode = await runValidate(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (e) {
  // Exit 1 means "errors found": a crash must not look like a verdict on the file.
  process.stderr.write(
    `Validator gagal karena kesalahan internal; berkas belum diperiksa.\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exitCode = EXIT_UNREADABLE;
}
