// The ESM entry, bundled to dist/cli.js (bin/cs-drill.cjs answers --version, a plain --help and a
// bare `list` before this loads).
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { runProcess } from './run.js';
import { guardStreams } from './shell/stream-guards.js';

guardStreams();
// This file is bundled to dist/cli.js: the package root is one level up.
process.exitCode = await runProcess(
  process.argv.slice(2),
  pkg.version,
  fileURLToPath(new URL('..', import.meta.url)),
);
