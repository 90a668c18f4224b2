import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/commands/classify.js';
import { CliError } from '../../src/errors.js';
import type { CommandContext, InStream } from '../../src/shell/context.js';
import { runInProcess } from './assess-helpers.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  return { stream, read: () => text };
}

function context(
  cwd: string,
  stdin: InStream = Readable.from([]),
): {
  ctx: CommandContext;
  out: () => string;
  err: () => string;
} {
  const out = capture();
  const err = capture();
  const ctx: CommandContext = {
    cwd,
    env: {},
    stdin,
    stdout: out.stream,
    stderr: err.stream,
    now: () => new Date(0),
    color: false,
    lang: 'en',
    packageRoot: cwd,
  };
  return { ctx, out: out.read, err: err.read };
}

const dir = mkdtempSync(join(tmpdir(), 'cs-drill-classify-'));

describe('classify command', () => {
  it('prints the verdict, then the rule that decided, its cue and what the rule says', async () => {
    const { ctx, out } = context(dir);
    expect(await classify(ctx, ['What happened to the parcel?'], {})).toBe(0);
    expect(out()).toBe(
      'open   What happened to the parcel?\n' +
        '  rule open.describe (cue "what"): a question word that asks the customer to describe or explain in their own words\n',
    );
  });

  it('gives one verdict per argument, through the real command line', async () => {
    const r = await runInProcess([
      'classify',
      'Which store did you buy it from?',
      'Could you tell me what happened?',
      '哪里不舒服？',
    ]);
    expect(r.code).toBe(0);
    const verdicts = r.stdout.split('\n').filter((l) => !l.startsWith(' ') && l !== '');
    expect(verdicts).toEqual([
      'closed Which store did you buy it from?',
      'open   Could you tell me what happened?',
      'open   哪里不舒服？',
    ]);
    expect(r.stdout).toContain('rule closed.one-fact (cue "one-fact:which")');
    expect(r.stdout).toContain('rule open.problem (cue "problem:where")');
  });

  it('explains the rule in Chinese with --lang zh, in the human output and in --json', async () => {
    const { ctx, out } = context(dir);
    ctx.lang = 'zh-Hans';
    await classify(ctx, ['您是在哪家店买的？'], {});
    expect(out()).toBe(
      '封闭式 您是在哪家店买的？\n' +
        '  规则 closed.one-fact（线索“one-fact:which”）：只问一个具体事实（哪家店、几点、什么时候、谁、多少、订单号）\n',
    );
    const json = context(dir);
    json.ctx.lang = 'zh-Hans';
    await classify(json.ctx, ['有什么需要我帮忙的吗？'], { json: true });
    expect(JSON.parse(json.out())).toMatchObject({
      verdict: 'open',
      rule: 'open.floor',
      explanation: expect.stringContaining('把话语权交给客户'),
    });
  });

  it('reads a file, one question per line, blank lines skipped, as JSON Lines', async () => {
    const file = join(dir, 'questions.txt');
    writeFileSync(
      file,
      '\uFEFF您收到货了吗？\r\n\r\n有什么需要我帮忙的吗？\n  \nYou ordered it, right?\n',
    );
    const { ctx, out } = context(dir);
    expect(await classify(ctx, undefined, { file: 'questions.txt', json: true })).toBe(0);
    const rows = out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      question: '您收到货了吗？',
      verdict: 'closed',
      cue: '吗',
      rule: 'closed.yes-no',
      explanation: 'answerable with yes or no',
      confident: true,
    });
    expect(rows[1]).toMatchObject({
      verdict: 'open',
      cue: 'invitation:anything-help',
      rule: 'open.floor',
    });
    expect(rows[2]).toMatchObject({ verdict: 'closed', cue: 'tag:right', rule: 'closed.confirm' });
  });

  it('reads piped stdin and marks unsure verdicts', async () => {
    const stdin = Readable.from([Buffer.from('Do you know what happened?\nDid it arrive?\n')]);
    const { ctx, out } = context(dir, stdin);
    await classify(ctx, undefined, {});
    expect(out()).toBe(
      'open   Do you know what happened?\n' +
        '  rule open.describe (cue "embedded:what", unsure): a question word that asks the customer to describe or explain in their own words\n' +
        'closed Did it arrive?\n' +
        '  rule closed.yes-no (cue "yes-no:did"): answerable with yes or no\n',
    );
  });

  it('strips control characters from what it echoes', async () => {
    const { ctx, out } = context(dir);
    await classify(ctx, ['Why\u001b[2J?\u202e'], {});
    expect(out().split('\n')[0]).toBe('open   Why[2J?');
  });

  it('fails with file-not-found for a missing file', async () => {
    const { ctx } = context(dir);
    const error = await classify(ctx, undefined, { file: 'nope.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).problems[0]).toMatchObject({
      code: 'file-not-found',
      file: 'nope.txt',
    });
  });

  it('refuses to wait on an interactive stdin', async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const { ctx } = context(dir, stdin);
    const error = await classify(ctx, undefined, {}).catch((e: unknown) => e);
    expect((error as CliError).problems[0]?.code).toBe('no-input');
  });
});
