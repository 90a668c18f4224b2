// `cs-drill start <set>`, bundled on its own to dist/start.cjs: one CommonJS file without the
// command surface (Commander and every command's help), which Node starts much faster than the
// ESM bundle's graph of chunks, so the first prompt comes sooner. bin/cs-drill.cjs comes here
// for every `start`; a command line start-args.ts does not read plainly goes to Commander.
// Its lazy imports (the judge, the trainer's set files) load the ESM bundle's entries.

import { start } from './commands/start.js';
import { startArgs } from './commands/start-args.js';
import { runProcess } from './run.js';
import { guardStreams } from './shell/stream-guards.js';

/** Runs `start` and returns true, or returns false for a command line to leave to Commander. */
export function directStart(argv: string[], version: string, packageRoot: string): boolean {
  const args = startArgs(argv);
  if (!args) return false;
  guardStreams();
  void runProcess(argv, version, packageRoot, (ctx) => start(ctx, args.set, args.opts)).then(
    (code) => {
      process.exitCode = code;
    },
  );
  return true;
}
