// A bare `cs-drill list`, the command run most, bundled on its own to dist/list.cjs: one
// CommonJS file without the command surface (Commander and every command's help), which Node
// starts much faster than the ESM bundle's graph of chunks. bin/cs-drill.cjs comes here for
// exactly `list` (it takes no arguments, so nothing is left to parse). Its lazy imports (the
// trainer's set files, the command surface) load the ESM bundle's entries: scripts/build.mjs.
import { list } from './commands/list.js';
import { runProcess } from './run.js';
import { guardStreams } from './shell/stream-guards.js';

export async function bareList(version: string, packageRoot: string): Promise<void> {
  guardStreams();
  process.exitCode = await runProcess(['list'], version, packageRoot, (ctx) => list(ctx, {}));
}
