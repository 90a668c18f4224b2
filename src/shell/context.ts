import type { Readable, Writable } from 'node:stream';
import type { Lang } from '../drills/schema.js';

export type OutStream = Writable & { isTTY?: boolean; columns?: number };
export type InStream = Readable & { isTTY?: boolean };

/**
 * Everything a command may touch of the outside world. main.ts builds it from `process`;
 * tests build their own. Commands return an exit code (0 or 1) or throw CliError.
 */
export interface CommandContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: InStream;
  stdout: OutStream;
  stderr: OutStream;
  now: () => Date;
  /** Colour on stdout (decided once: --no-color > NO_COLOR > FORCE_COLOR > TERM=dumb > isTTY). */
  color: boolean;
  /**
   * Language of everything printed for people (decided once: --lang > CS_DRILL_LANG > LC_ALL >
   * LC_MESSAGES > LANG > English). Quiz screens follow the language of the set being drilled.
   */
  lang: Lang;
  /** Root of the installed package (bundled drills/, dist/). */
  packageRoot: string;
  /** Aborted on Ctrl-C (outside a prompt) or SIGTERM: stop, and leave no half-written file. */
  signal?: AbortSignal;
}
