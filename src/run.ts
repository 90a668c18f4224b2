import { CliError, EXIT } from './errors.js';
import { commonFor } from './render/messages/common.js';
import { errnoProblem } from './render/messages/errno.js';
import { formatProblemSafe } from './render/messages/problems.js';
import { sanitize } from './render/sanitize.js';
import { decideColor } from './shell/color-choice.js';
import type { CommandContext } from './shell/context.js';
import { chooseLang, langFlag } from './shell/lang-choice.js';

/**
 * The process entry: a context over `process`, with Ctrl-C and SIGTERM turned into `ctx.signal`.
 * `direct` runs one command without building the command surface (see list-main.ts).
 */
export async function runProcess(
  argv: string[],
  version: string,
  packageRoot: string,
  direct?: (ctx: CommandContext) => Promise<number>,
): Promise<number> {
  const ctx: CommandContext = {
    cwd: process.cwd(),
    env: process.env,
    // Made on first use: most commands never read it, and Node builds a stream (and loads the
    // modules behind it) the moment process.stdin is touched.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    color: decideColor(argv, process.env, process.stdout.isTTY === true),
    lang: chooseLang(langFlag(argv), process.env),
    packageRoot,
    signal: stopOnSignals(),
  };
  return direct ? settle(argv, ctx, () => direct(ctx)) : run(argv, ctx, version);
}

/**
 * The only place that turns outcomes into an exit code. Tests call it in process with their
 * own context (streams, env, clock).
 */
export function run(argv: string[], ctx: CommandContext, version: string): Promise<number> {
  return settle(argv, ctx, async () => {
    // Loaded here, not with this module: a command run directly never builds the surface.
    const { createProgram } = await import('./cli.js');
    let code: number = EXIT.ok;
    const program = createProgram(ctx, version, (c) => {
      code = c;
    });
    await program.parseAsync(argv, { from: 'user' });
    return code;
  });
}

/** A run's outcome as an exit code: its own, or the one its error or a signal stands for. */
async function settle(
  argv: string[],
  ctx: CommandContext,
  work: () => Promise<number>,
): Promise<number> {
  try {
    const code = await work();
    // A command that finished its work before noticing the signal (a merge already renamed into
    // place) reports success; one that stopped for it reports how it was stopped.
    return ctx.signal?.aborted && code === EXIT.interrupted ? exitFor(ctx.signal.reason) : code;
  } catch (error) {
    const reported = report(error, ctx, argv.includes('--debug'));
    return ctx.signal?.aborted && reported === EXIT.interrupted
      ? exitFor(ctx.signal.reason)
      : reported;
  }
}

/**
 * Ctrl-C (outside a prompt), SIGTERM and SIGHUP (the terminal closed, an SSH link dropped)
 * abort `ctx.signal`, so a command can finish or undo what it is writing and a session can be
 * saved as interrupted. A command that does not stop within a few seconds is ended anyway.
 */
function stopOnSignals(): AbortSignal {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    controller.abort(sig);
    setTimeout(() => process.exit(exitFor(sig)), 3000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  return controller.signal;
}

/** The exit code for the signal that aborted a run (its reason). */
function exitFor(sig: unknown): number {
  return sig === 'SIGTERM' ? EXIT.terminated : sig === 'SIGHUP' ? EXIT.hangup : EXIT.interrupted;
}

function report(error: unknown, ctx: CommandContext, debug: boolean): number {
  if (isCommanderError(error)) {
    // Help and version end here too; commander has already printed them.
    return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
  }
  const text = commonFor(ctx.lang);
  if (error instanceof CliError) {
    // Problems quote file names, keys and values from the user's files: never raw.
    for (const p of error.problems)
      ctx.stderr.write(`cs-drill: ${formatProblemSafe(p, ctx.lang)}\n`);
    return error.exitCode;
  }
  // A file the system refused (a path given, a directory gone): the path, plain words and a fix.
  const fileProblem = errnoProblem(error);
  if (fileProblem) {
    ctx.stderr.write(`cs-drill: ${formatProblemSafe(fileProblem, ctx.lang)}\n`);
    return EXIT.invalid;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    ctx.stderr.write(`cs-drill: ${text.interrupted}\n`);
    return EXIT.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`cs-drill: ${sanitize(text.unexpected(message))}\n`);
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  else ctx.stderr.write(`cs-drill: ${text.runWithDebug}\n`);
  return EXIT.internal;
}

/** Commander's errors carry a "commander.*" code (checked so, this module does not load Commander). */
function isCommanderError(error: unknown): error is Error & { exitCode: number } {
  const e = error as { code?: unknown; exitCode?: unknown } | null;
  return (
    typeof e?.code === 'string' && e.code.startsWith('commander.') && typeof e.exitCode === 'number'
  );
}
