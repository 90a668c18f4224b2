import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { check } from '../../src/commands/check.js';
import { CliError } from '../../src/errors.js';
import type { CommandContext } from '../../src/shell/context.js';

const root = join(import.meta.dirname, '..', '..');

function context(stdin = '', tty = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const input = Object.assign(Readable.from([stdin]), { isTTY: tty });
  const ctx: CommandContext = {
    cwd: root,
    env: {},
    stdin: input,
    stdout,
    stderr,
    now: () => new Date(0),
    color: false,
    lang: 'en',
    packageRoot: root,
  };
  return { ctx, out: () => out, err: () => err };
}

describe('cs-drill check', () => {
  test('flags a reply with span, the act found and suggestion; exit 1', async () => {
    const c = context();
    expect(await check(c.ctx, ['对不起,这是公司的规定。'], {})).toBe(1);
    expect(c.out()).toContain('4-11  policy used as a shield  “这是公司的规定”');
    expect(c.out()).toContain('→');
  });

  test('the act names what was found: a refusal with no way forward, an order', async () => {
    const c = context();
    await check(c.ctx, ['I was unable to make the reservation.', 'You must refund it first.'], {});
    expect(c.out()).toContain('refusal — no alternative offered');
    expect(c.out()).toContain('order to the customer');
  });

  test('"Let me look it up for you." passes (it was read as "As I already told you")', async () => {
    const c = context();
    expect(await check(c.ctx, ['Let me look it up for you.'], {})).toBe(0);
  });

  test('--json: each problem gives its act and its clause', async () => {
    const c = context();
    await check(c.ctx, ['Thanks for waiting. Sorry, we cannot refund it, no exceptions.'], {
      json: true,
    });
    const [p] = JSON.parse(c.out()).problems;
    expect(p).toMatchObject({ act: 'refusal', category: 'refusal' });
    expect(p.clause.text).toBe('we cannot refund it');
    expect(p.clause.start).toBeLessThanOrEqual(p.span.start);
    expect(p.clause.end).toBeGreaterThanOrEqual(p.span.end);
  });

  test('a refusal that offers another time is the model answer: exit 0', async () => {
    const c = context();
    const reply =
      "I'm sorry, I'm unable to book it for 7pm. Could I try 8pm or another day for you?";
    expect(await check(c.ctx, [reply], {})).toBe(0);
  });

  test('a clean reply exits 0', async () => {
    const c = context();
    expect(await check(c.ctx, ["I'm not sure yet, but I'll find out by 3pm."], {})).toBe(0);
    expect(c.out()).toBe('');
    expect(c.err()).toContain('No forbidden');
  });

  test('--json: flagged and problems', async () => {
    const c = context();
    await check(c.ctx, ["That's not my fault.", 'It is not your fault.'], { json: true });
    const data = JSON.parse(c.out());
    expect(data.flagged).toBe(true);
    expect(data.problems).toEqual([
      expect.objectContaining({
        reply: 1,
        phrase: "That's not my fault",
        category: 'blame',
        span: { start: 7, end: 19 },
        suggestion: expect.any(String),
      }),
    ]);
    expect(data.replies[1].flagged).toBe(false);
  });

  test('stdin, one reply per line, and --whole', async () => {
    const c = context('Calm down.\nThank you for waiting.\n');
    expect(await check(c.ctx, undefined, { json: true })).toBe(1);
    expect(JSON.parse(c.out()).replies).toHaveLength(2);
    const w = context('Calm down.\nThank you for waiting.\n');
    await check(w.ctx, undefined, { json: true, whole: true });
    expect(JSON.parse(w.out()).replies).toHaveLength(1);
  });

  test('--file, and --phrases selects a list (Traditional through zh-Hans)', async () => {
    const c = context();
    expect(
      await check(c.ctx, undefined, { file: 'eval/replies.jsonl', phrases: 'en', json: true }),
    ).toBe(1);
    const t = context();
    expect(await check(t.ctx, ['這不歸我管。'], { phrases: 'zh-Hant' })).toBe(1);
    const e = context();
    expect(await check(e.ctx, ['這不歸我管。'], { phrases: 'en' })).toBe(0);
  });

  test('usage errors are CliErrors', async () => {
    await expect(check(context().ctx, ['x'], { phrases: 'xx' })).rejects.toBeInstanceOf(CliError);
    await expect(check(context('', true).ctx, undefined, {})).rejects.toBeInstanceOf(CliError);
    await expect(check(context().ctx, undefined, { file: 'no/such/file' })).rejects.toBeInstanceOf(
      CliError,
    );
  });

  test('hostile questions the lists do not name are flagged by the question judge; the same words serving the customer are not', async () => {
    for (const reply of [
      'What else could you want from us now?',
      // (你究竟有啥毛病 is now a list entry's: 究竟 presses like 到底.)
      '你有啥毛病？',
      '何度言えばわかるんですか？',
    ]) {
      const c = context();
      expect(await check(c.ctx, [reply], { json: true }), reply).toBe(1);
      const [problem] = JSON.parse(c.out()).problems;
      expect(problem, reply).toMatchObject({ category: 'hostile-question', text: reply });
    }
    const c = context();
    expect(await check(c.ctx, ["What's the problem with the latch?"], {})).toBe(0);
  });
});

describe('cs-drill check: the words written, not a title of several wordings', () => {
  const shown = async (lang: 'en' | 'zh-Hans', reply: string) => {
    const c = context();
    await check({ ...c.ctx, lang }, [reply], {});
    return c.out();
  };

  test.each(['en', 'zh-Hans'] as const)(
    '%s screen: no title beside words it does not name',
    async (lang) => {
      const out = await shown(lang, '你到底想怎么样？');
      expect(out).toContain('“你到底想怎么样”');
      expect(out).not.toMatch(/[(（][^)）]*[)）]\n/);
      const other = await shown(lang, '你们老是这样搞');
      expect(other).toContain('“你们老是”');
      expect(other).not.toContain('你们公司总是这样');
    },
  );

  test.each(['en', 'zh-Hans'] as const)(
    '%s screen: the title beside the same wording written otherwise',
    async (lang) => {
      expect(await shown(lang, '你們公司總是這樣')).toMatch(
        /“你們公司總是這樣”\s?[(（]你们公司总是这样[)）]/,
      );
    },
  );

  test('--json carries the list wording that matched, and none for an act found by structure', async () => {
    const c = context();
    await check(c.ctx, ['你们老是这样搞', '你留嗰個營位，已經租咗俾第二個。'], { json: true });
    const [listed, structural] = JSON.parse(c.out()).problems;
    expect(listed).toMatchObject({
      phrase: '你们公司总是这样',
      matched: '你们老是',
      text: '你们老是',
    });
    expect(structural.matched).toBeUndefined();
  });
});
