import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/commands/classify.js';
import type { CommandContext, InStream } from '../../src/commands/context.js';
import { CliError } from '../../src/errors.js';

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
  it('prints the verdict and the cue for one question', async () => {
    const { ctx, out } = context(dir);
    expect(await classify(ctx, ['What happened to the parcel?'], {})).toBe(0);
    expect(out()).toBe('open   (what)  What happened to the parcel?\n');
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
      confident: true,
    });
    expect(rows[1]).toMatchObject({ verdict: 'open', cue: 'invitation:anything-help' });
    expect(rows[2]).toMatchObject({ verdict: 'closed', cue: 'tag:right' });
  });

  it('reads piped stdin and marks unsure verdicts', async () => {
    const stdin = Readable.from([Buffer.from('Do you know what happened?\nDid it arrive?\n')]);
    const { ctx, out } = context(dir, stdin);
    await classify(ctx, undefined, {});
    expect(out()).toBe(
      'open   (embedded:what, unsure)  Do you know what happened?\nclosed (yes-no:did)  Did it arrive?\n',
    );
  });

  it('strips control characters from what it echoes', async () => {
    const { ctx, out } = context(dir);
    await classify(ctx, ['Why\u001b[2J?\u202e'], {});
    expect(out()).toBe('open   (why)  Why[2J?\n');
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
