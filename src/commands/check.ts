import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CliError, EXIT } from '../errors.js';
import type { SpeechAct } from '../judge/phrases/index.js';
import type { PhraseHit } from '../judge/types.js';
import { fullWidthPunctuation } from '../render/cjk-punctuation.js';
import { type CheckText, checkTextFor } from '../render/messages/check.js';
import type { CommandContext } from '../shell/context.js';
import { readTextPath, readTextStream } from '../shell/text-input.js';
import { inWorkers, workerCount } from '../shell/worker-pool.js';
import { type CheckSetup, checkJudge, LIST_FOR_LANG } from './check-judge.js';

export interface CheckOptions {
  file?: string;
  json?: boolean;
  /** Only this language's phrase list (default: every list). */
  phrases?: string;
  whole?: boolean;
}

/** Replies to check are short; a larger input is a wrong file (or /dev/zero). */
const MAX_CHECK_BYTES = 16 * 1024 * 1024;

/** A flag as reported: the hit, its words, and its clause with the clause's words. */
type Problem = Omit<PhraseHit, 'clause'> & {
  text: string;
  clause: { start: number; end: number; text: string };
};

interface ReplyReport {
  reply: number;
  text: string;
  problems: Problem[];
}

/**
 * `cs-drill check`: lists the forbidden phrases in each reply with span, category and an
 * approved rewrite. Replies come from the arguments (each argument one reply, a verdict each),
 * --file or stdin (one per line, or the whole text as one reply with --whole). Returns 1 when
 * anything is flagged, else 0. --json: { flagged, problems, replies: one object per reply }.
 */
export async function check(
  ctx: CommandContext,
  replies: string[] | undefined,
  opts: CheckOptions,
): Promise<number> {
  const T = checkTextFor(ctx.lang);
  const lang = opts.phrases;
  if (lang !== undefined && !LIST_FOR_LANG[lang]) {
    throw new CliError({
      code: 'unknown-lang',
      message: T.unknownLang(lang),
      hint: T.useOneOf(Object.keys(LIST_FOR_LANG).join(', ')),
    });
  }
  const texts = splitReplies(await readInput(ctx, replies, opts, T), opts.whole === true, replies);
  const reports: ReplyReport[] = [];
  for await (const hits of problemsOf(ctx, texts, { packageRoot: ctx.packageRoot, lang })) {
    // Ctrl-C / SIGTERM: stop judging (the workers are ended); nothing half-judged is printed.
    if (ctx.signal?.aborted) return EXIT.interrupted;
    const text = texts[reports.length] as string;
    const problems = hits.map((h): Problem => {
      const clause = h.clause ?? h.span;
      return {
        ...h,
        text: text.slice(h.span.start, h.span.end),
        clause: { ...clause, text: text.slice(clause.start, clause.end) },
      };
    });
    reports.push({ reply: reports.length + 1, text, problems });
  }
  const flagged = reports.some((r) => r.problems.length > 0);
  if (opts.json) {
    const problems = reports.flatMap((r) => r.problems.map((p) => ({ reply: r.reply, ...p })));
    ctx.stdout.write(
      `${JSON.stringify({ flagged, problems, replies: reports.map((r) => ({ ...r, flagged: r.problems.length > 0 })) }, null, 2)}\n`,
    );
  } else {
    ctx.stdout.write(renderText(reports, texts.length > 1, T));
    const n = reports.reduce((sum, r) => sum + r.problems.length, 0);
    ctx.stderr.write(`${flagged ? T.found(n) : T.nothingFound}\n`);
  }
  return flagged ? EXIT.failed : EXIT.ok;
}

/**
 * Worker threads judge the replies only when CS_DRILL_WORKERS asks for them. Measured on a
 * quiet 2-core machine (session 36): 10k replies took 4.63 s on two workers against 4.80 s on
 * one thread, for 35% more CPU and 150 MB more memory (each worker compiles the judge's
 * patterns and warms up on its own); 1k and 3k replies were slower on workers.
 */
const CHECK_WORKERS_FROM = Number.POSITIVE_INFINITY;
/** Replies sent to a worker in one message: a reply takes well under a millisecond to judge. */
const CHECK_BATCH = 64;

/** The problems of each reply, in order: judged here, or on worker threads when asked. */
function problemsOf(
  ctx: CommandContext,
  texts: string[],
  setup: CheckSetup,
): Iterable<PhraseHit[]> | AsyncIterable<PhraseHit[]> {
  const { count } = workerCount(ctx.env, texts.length, availableParallelism(), CHECK_WORKERS_FROM);
  if (count === 0) return texts.map(checkJudge(setup));
  return inWorkers(
    texts,
    count,
    () => new Worker(join(ctx.packageRoot, 'dist', 'check-worker.js'), { workerData: setup }),
    { batch: CHECK_BATCH, failure: (error) => error },
  );
}

async function readInput(
  ctx: CommandContext,
  replies: string[] | undefined,
  opts: CheckOptions,
  T: CheckText,
): Promise<string> {
  if (replies && replies.length > 0) {
    if (opts.file)
      throw new CliError({
        code: 'usage',
        message: T.argsOrFile,
      });
    return replies.join('\n');
  }
  if (opts.file)
    return readTextPath(resolve(ctx.cwd, opts.file), opts.file, MAX_CHECK_BYTES, ctx.signal);
  const text = ctx.stdin.isTTY
    ? ''
    : await readTextStream(ctx.stdin, '<stdin>', MAX_CHECK_BYTES, ctx.signal);
  // No input at all (a terminal, `<&-`, an empty pipe) is a mistake, not a clean reply.
  if (text.trim() === '') {
    throw new CliError({
      code: 'usage',
      message: T.nothingToCheck,
      hint: T.nothingToCheckHint,
    });
  }
  return text;
}

function splitReplies(input: string, whole: boolean, args: string[] | undefined): string[] {
  if (args && args.length > 0 && !whole) return args.filter((a) => a.trim() !== '');
  if (whole) return input.trim() === '' ? [] : [input];
  return input.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** A title's letters alone: case, spaces and punctuation ("不行!", "I don't know.") aside. */
const bare = (s: string): string => s.toLowerCase().replace(/[\s\p{P}]/gu, '');

/**
 * Whether a flag's title is worth showing beside the quoted words: the list wording that matched is
 * the title itself, written otherwise than the writer wrote it (你們公司總是這樣 beside 你们公司总是这样).
 * A title standing for several wordings (绝对不会,绝对不可能 for 你到底想怎样), or an act found by
 * structure, would misquote the words: they stand alone.
 */
function titleAdds(p: Problem): boolean {
  return (
    p.matched !== undefined && bare(p.matched) === bare(p.phrase) && bare(p.text) !== bare(p.phrase)
  );
}

/** Untrusted text on a terminal: keep printable characters only. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function renderText(reports: readonly ReplyReport[], numbered: boolean, T: CheckText): string {
  const lines: string[] = [];
  for (const r of reports) {
    // Several replies: a verdict for each, the clean ones too.
    if (r.problems.length === 0 && !numbered) continue;
    if (numbered)
      lines.push(
        `${T.reply(r.reply)}${T.colon}${clean(r.text.length > 80 ? `${r.text.slice(0, 79)}…` : r.text)}`,
      );
    if (r.problems.length === 0) lines.push(`  ${T.replyClean}`);
    for (const p of r.problems) {
      const act = T.act[p.act as SpeechAct] ?? p.category;
      lines.push(
        `${numbered ? '  ' : ''}${p.span.start}-${p.span.end}  ${act}  “${clean(p.text)}”${titleAdds(p) ? T.aside(clean(p.phrase)) : ''}`,
      );
      lines.push(`${numbered ? '  ' : ''}    → ${fullWidthPunctuation(clean(p.suggestion))}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
