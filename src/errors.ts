/** One thing wrong with the input, with where it is and how to fix it. */
export interface Problem {
  /** Stable machine-readable code, e.g. "yaml-syntax", "unknown-key", "unknown-set". */
  code: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  /** How to fix it, when the message alone does not say. */
  hint?: string;
  /**
   * The variable parts of the message (names, numbers), so the one place that prints problems
   * can word them in the interface language (src/render/messages/problems.ts); `message` and
   * `hint` stay English for --json and logs.
   */
  params?: Record<string, string | number>;
}

export const EXIT = {
  ok: 0,
  /** Assessment failed, phrases flagged, validation found problems in content. */
  failed: 1,
  /** Invalid input or usage. */
  invalid: 2,
  /** History could not be written; the result was saved to a fallback file. */
  notSaved: 3,
  /** A bug: an unexpected error (run with --debug for the stack). */
  internal: 70,
  /** The terminal went away (SIGHUP); what was answered is saved as an interrupted session. */
  hangup: 129,
  interrupted: 130,
  /** Stopped by SIGTERM (what was answered is saved as an interrupted session). */
  terminated: 143,
} as const;

/** Thrown by commands for expected failures; only main.ts turns it into output and an exit code. */
export class CliError extends Error {
  readonly problems: Problem[];
  readonly exitCode: number;
  constructor(problems: Problem | Problem[], exitCode: number = EXIT.invalid) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message).join('\n'));
    this.problems = list;
    this.exitCode = exitCode;
  }
}

export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}${p.col ? `:${p.col}` : ''}` : ''}: ` : '';
  return `${where}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}
