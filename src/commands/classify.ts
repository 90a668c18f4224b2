import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, EXIT } from '../errors.js';
import { classifyQuestion } from '../judge/question/index.js';
import { checkTextFor } from '../render/messages/check.js';
import { classifyTextFor } from '../render/messages/classify.js';
import type { CommandContext, InStream } from '../shell/context.js';

export interface ClassifyOptions {
  /** Read questions from this file, one per line. */
  file?: string;
  /** Print JSON Lines instead of the human table. */
  json?: boolean;
}

/**
 * `cs-drill classify`: says whether each question is open or closed, and which rule of
 * docs/question-policy.md decided. Questions come from the arguments (each argument is one
 * question, one verdict each), else from --file, else from piped stdin — one per line,
 * blank lines skipped.
 *
 * --json prints one object per question:
 * { question, verdict, cue, rule, explanation, confident, judged, span } — `rule` is the
 * policy rule's id, `explanation` says it in the interface language, `judged` is the
 * sentence the verdict is about and `span` its UTF-16 range in `question`.
 */
export async function classify(
  ctx: CommandContext,
  questions: string[] | undefined,
  opts: ClassifyOptions,
): Promise<number> {
  const lines = await collect(ctx, questions, opts);
  const text = classifyTextFor(ctx.lang);
  for (const question of lines) {
    const r = classifyQuestion(question);
    const explanation = text.rule[r.rule];
    if (opts.json) {
      const row = {
        question,
        verdict: r.verdict,
        cue: r.cue,
        rule: r.rule,
        explanation,
        confident: r.confident,
        judged: r.question,
        span: r.span,
      };
      ctx.stdout.write(`${JSON.stringify(row)}\n`);
    } else {
      ctx.stdout.write(
        `${text.verdict[r.verdict]}${displayable(question)}\n${text.because(r.rule, displayable(r.cue), !r.confident, explanation)}\n`,
      );
    }
  }
  return EXIT.ok;
}

async function collect(
  ctx: CommandContext,
  questions: string[] | undefined,
  opts: ClassifyOptions,
): Promise<string[]> {
  if (questions && questions.length > 0) {
    if (opts.file) {
      throw new CliError({
        code: 'conflicting-input',
        message: checkTextFor(ctx.lang).questionsArgsOrFile,
      });
    }
    return questions.map((q) => q.trim()).filter((q) => q.length > 0);
  }
  if (opts.file) return splitLines(readText(ctx, opts.file));
  if (ctx.stdin.isTTY) {
    throw new CliError({
      code: 'no-input',
      message: checkTextFor(ctx.lang).noQuestion,
      hint: checkTextFor(ctx.lang).noQuestionHint,
    });
  }
  return splitLines(await readStream(ctx.stdin));
}

function readText(ctx: CommandContext, file: string): string {
  const full = resolve(ctx.cwd, file);
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new CliError({
        code: 'file-not-found',
        message: checkTextFor(ctx.lang).noSuchFile(file),
        file,
      });
    }
    throw new CliError({
      code: 'file-not-readable',
      message: `cannot read ${file}${code ? ` (${code})` : ''}`,
      file,
    });
  }
}

async function readStream(stream: InStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * Untrusted text shown on a terminal: keep printable characters, drop control characters
 * (C0, DEL, C1) and bidirectional overrides that could rewrite the line.
 */
function displayable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
