// Entry of `npm run -s validate -- <file> [--profile <id>] [--format json|text]` (DOMAIN.md §8.2).
// process.exitCode rather than process.exit(): a large JSON report piped to another program must be flushed whole.
import { runValidate } from './runValidate';

process.exitCode = await runValidate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
