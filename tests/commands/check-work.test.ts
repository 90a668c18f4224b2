// The work `check` does per reply, counted (no clock): each reply is normalised once for the
// detector and the question judge, and the question judge reads only hostility, not which
// sentences ask.
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test, vi } from 'vitest';
import { check } from '../../src/commands/check.js';
import * as en from '../../src/judge/question/en.js';
import * as text from '../../src/judge/text/normalise.js';
import type { CommandContext } from '../../src/shell/context.js';

vi.mock('../../src/judge/text/normalise.js', async (actual) => {
  const real = await actual<typeof import('../../src/judge/text/normalise.js')>();
  return { ...real, normalise: vi.fn(real.normalise) };
});
vi.mock('../../src/judge/question/en.js', async (actual) => {
  const real = await actual<typeof import('../../src/judge/question/en.js')>();
  return { ...real, decideEnglish: vi.fn(real.decideEnglish) };
});

const root = join(import.meta.dirname, '..', '..');

function context(): CommandContext {
  return {
    cwd: root,
    env: {},
    stdin: Object.assign(Readable.from(['']), { isTTY: true }),
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    now: () => new Date(0),
    color: false,
    lang: 'en',
    packageRoot: root,
  };
}

/** Calls made while checking `replies`, beyond those of loading the lists. */
async function counted(replies: string[]) {
  vi.clearAllMocks();
  await check(context(), replies, { json: true });
  return {
    normalise: vi.mocked(text.normalise).mock.calls.length,
    decide: vi.mocked(en.decideEnglish).mock.calls.length,
  };
}

describe('check, counted', () => {
  test('ten more replies: ten more normalisations, no question rules decided', async () => {
    const reply = (n: number) =>
      `Thanks for waiting, order ${n} is on its way. Why did you not read the terms? I can check it now.`;
    const one = await counted([reply(0)]);
    const eleven = await counted(Array.from({ length: 11 }, (_, n) => reply(n)));
    expect(eleven.normalise - one.normalise).toBe(10);
    expect(eleven.decide - one.decide).toBe(0);
  });
});
