// The ESM entry, bundled to dist/cli.js (bin/cs-drill.cjs answers --version before this loads).
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { runProcess } from './run.js';

// `cs-drill export | head -1` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// This file is bundled to dist/cli.js: the package root is one level up.
process.exitCode = await runProcess(
  process.argv.slice(2),
  pkg.version,
  fileURLToPath(new URL('..', import.meta.url)),
);
