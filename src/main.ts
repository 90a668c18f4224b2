// The ESM entry, bundled to dist/cli.js (bin/cs-drill.cjs answers --version before this loads).
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { runProcess } from './run.js';

// `cs-drill export | head -1` closes the pipe early, and a closed terminal (SIGHUP) fails every
// write with EIO: neither is an error, and neither may stop a session from being saved.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
  });

// A closed terminal also fails readline's attempt to leave raw mode, as an 'error' event no
// one can listen to (it is inside the prompt library): that must not kill the process before
// the session in progress is saved (SIGHUP does that, through run.ts).
process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EIO' && error.syscall === 'setRawMode') return;
  throw error;
});

// This file is bundled to dist/cli.js: the package root is one level up. A bare `cs-drill list`,
// the command run most, goes straight to its module without building the command surface
// (Commander and every command's help); it takes no arguments, so nothing is left to parse.
const argv = process.argv.slice(2);
process.exitCode = await runProcess(
  argv,
  pkg.version,
  fileURLToPath(new URL('..', import.meta.url)),
  argv.length === 1 && argv[0] === 'list'
    ? async (ctx) => (await import('./commands/list.js')).list(ctx, {})
    : undefined,
);
