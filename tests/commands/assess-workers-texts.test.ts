// Worker threads score free text exactly as the main thread does: varied English and Chinese
// answers (Traditional and Simplified, contractions, numerals, quotes, dashes, line breaks,
// blanks) on bundled sets in both languages give the same CSV and table, in the same order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const PARTS = [
  ['', 'OK. ', 'Right, ', '好的，', '明白了。', '了解，'],
  [
    "so you've paid twice and can't see the refund",
    'you were told 3 days and it has been twelve — no reply',
    "nobody rang you back, and that's not good enough",
    '您说已经等了两个星期，还没有人联系您',
    '您說已經付了兩次錢，可是退款還沒到帳',
    '你等了三个工作日，“客服”一直没回电话',
    "I can't help with that, it's not my job",
    'let me find out who handles order 48213 for you',
  ],
  [
    '',
    ', is that right?',
    '. 对吗？',
    '，是這樣嗎？',
    '\nI am sorry about that.',
    ' – shall I check?',
  ],
];

function answer(n: number, i: number): string {
  if ((n + i) % 11 === 0) return '';
  const pick = (list: readonly string[], k: number) => list[(n * 7 + i * 3 + k * 5) % list.length];
  return PARTS.map((p, k) => pick(p, k)).join('');
}

async function classOf(set: string, langs: readonly string[], count: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-texts-'));
  const templates = new Map<string, string>();
  for (const lang of langs) {
    const t = await runCli(['template', set, '--lang', lang]);
    expect(t.code).toBe(0);
    templates.set(lang, t.stdout);
  }
  for (let n = 0; n < count; n++) {
    const lang = langs[n % langs.length] as string;
    let i = 0;
    const sheet = (templates.get(lang) as string)
      .replace(/^name: ""/m, `name: "Trainee ${n}"`)
      .replace(
        /^( {2}[a-z0-9-]+): ""$/gm,
        (_, key: string) => `${key}: ${JSON.stringify(answer(n, i++))}`,
      );
    writeFileSync(join(dir, `t${String(n).padStart(3, '0')}.yaml`), sheet);
  }
  return dir;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function both(args: string[]) {
  const here = await runCli(args, { env: { CS_DRILL_WORKERS: '0' } });
  const pool = await runCli(args, { env: { CS_DRILL_WORKERS: '2' } });
  return { here, pool };
}

describe('assess on worker threads, varied free text', () => {
  it.each([
    ['paraphrasing', ['en', 'zh-Hans']],
    ['complaints', ['zh-Hans', 'en']],
  ])('%s: the same CSV and table with and without workers', async (set, langs) => {
    const dir = await classOf(set, langs, 12);
    for (const format of ['csv', 'table']) {
      const { here, pool } = await both(['assess', set, '--answers', dir, '--format', format]);
      expect(here.stdout).toContain('Trainee 11');
      expect(pool.stdout.replace(UUID, 'id')).toBe(here.stdout.replace(UUID, 'id'));
      expect(pool.stderr).toBe(here.stderr);
      expect(pool.code).toBe(here.code);
    }
  });
});
