// Whole role-plays in a real terminal (tmux), in English and Chinese, along the good path and
// an escalation: the chat, the debrief, the history record, `history show`, and `assess` of a
// sheet with the same replies giving the same result.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { converse } from '../../src/roleplay/conversation.js';
import { realJudge } from '../answers/sheet-helpers.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { hasTmux, TmuxTerminal } from '../helpers/tmux.js';
import { waitFor } from '../helpers/wait.js';
import { roleplayItem, roleplaySet } from './helpers.js';

const available = hasTmux();
const LIMIT = 60_000;

interface Case {
  lang: 'en' | 'zh-Hans';
  item: string;
  /** Which of the item's example transcripts to type. */
  example: number;
}

let term: TmuxTerminal | undefined;
afterEach(() => term?.close());

/** Plays one role-play at the terminal; returns the final screen and the history home. */
async function playInTmux({ lang, item: id, example }: Case) {
  const loaded = roleplaySet(lang);
  const item = roleplayItem(loaded, id);
  const replies = item.examples[example]!.replies;
  // The customer line each reply answers, from the same pure conversation the program plays.
  const lines = converse(item, replies, realJudge(), lang).turns.map(
    (t) => item.turns.find((x) => x.id === t.turn)!.customer,
  );
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-rp-tmux-'));
  term = new TmuxTerminal(
    `node ${BIN} roleplay roleplay ${id} --lang ${lang === 'en' ? 'en' : 'zh'} --user rp`,
    {
      cwd: ROOT,
      env: { CS_DRILL_HOME: home, LANG: 'en_US.UTF-8', TERM: 'xterm-256color', NO_COLOR: '1' },
      width: 100,
      height: 50,
      prefix: 'wt-roleplay',
    },
  );
  const prompt = lang === 'en' ? /^\? You\s*$/m : /^\? 你\s*$/m;
  for (const [i, reply] of replies.entries()) {
    const said = lines[i]!.replace(/\s+/g, ' ').trim().slice(0, 12);
    await waitUntil(term, (s) => s.includes(said) && prompt.test(s.slice(s.lastIndexOf(said))));
    term.type(reply.replace(/\s+/g, ' ').trim());
    term.keys('Enter');
  }
  const screen = await term.waitFor('[exit 0]', LIMIT);
  const records = readFileSync(join(home, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return { screen, home, records, replies, item };
}

function waitUntil(t: TmuxTerminal, test: (screen: string) => boolean): Promise<string> {
  return waitFor('the screen', () => test(t.screen()) && t.screen(), {
    limitMs: LIMIT,
    everyMs: 50,
    describe: () => t.screen(),
  });
}

describe.skipIf(!available)('role-plays in a real terminal', { timeout: 4 * LIMIT }, () => {
  it('plays the good path in English to the close, records it, shows it, and assess agrees', async () => {
    const { screen, home, records, replies, item } = await playInTmux({
      lang: 'en',
      item: 'phone-order',
      example: 0,
    });
    expect(screen).toContain('Customer ▸ (The phone rings.)');
    expect(screen).toContain('── Debrief ──');
    expect(screen).toContain('1 good → 2 good → 3 good → 4 good → 5 good → 6 good → closed');
    expect(screen).toMatch(/overall +█+ 100%/);

    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({ setId: 'roleplay', mode: 'interactive', status: 'completed' });
    expect(record.items).toHaveLength(1);
    const played = record.items[0];
    expect(played.roleplay.ending).toEqual({ id: 'sorted', kind: 'close' });
    expect(played.answer).toEqual(replies.map((r) => r.replace(/\s+/g, ' ').trim()));
    expect(Object.keys(record.skills)).toEqual(
      expect.arrayContaining(['roleplay', 'listening', 'questioning', 'restating', 'procedure']),
    );

    const env = { CS_DRILL_HOME: home };
    const show = await runCli(['history', 'show', record.id, '--user', 'rp', '--lang', 'en'], {
      env,
    });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('── Debrief ──');
    expect(show.stdout).toContain(`6. “${played.answer[5]}”`);

    // The same replies on an answer sheet, scored by assess: the same conversation.
    const template = await runCli(['template', 'roleplay', '--lang', 'en']);
    const start = template.stdout.split('\n').indexOf(`  ${item.id}:`);
    const sheetLines = template.stdout.split('\n');
    let end = start + 1;
    while (sheetLines[end]?.startsWith('    ')) end++;
    sheetLines.splice(
      start + 1,
      end - start - 1,
      ...played.answer.map((r: string) => `    - ${JSON.stringify(r)}`),
    );
    const sheet = join(home, 'sheet.yaml');
    writeFileSync(sheet, sheetLines.join('\n').replace('name: ""', 'name: "rp"'));
    const assessed = await runCli(
      ['assess', 'roleplay', '--lang', 'en', '--answers', sheet, '--record', '--format', 'json'],
      { env },
    );
    expect(assessed.stderr).toContain('recorded 1 session');
    const batch = readFileSync(join(home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))[1];
    const same = batch.items.find((i: { id: string }) => i.id === item.id);
    expect(same.roleplay.turns).toEqual(played.roleplay.turns);
    expect([same.score, same.verdict]).toEqual([played.score, played.verdict]);
  });

  it.each([
    {
      name: 'escalates in English to a walk-out, and the debrief says why',
      play: { lang: 'en', item: 'bank-data', example: 1 },
      shows: [
        "Customer ▸ Don't tell me I'm wrong!",
        '— the customer gives up and leaves —',
        'because telling her she was wrong made her defend her belief instead of listening',
        '→ walked out',
      ],
      ending: { id: 'closed-account', kind: 'walk-out' },
    },
    {
      name: 'plays the good path in Chinese to the close',
      play: { lang: 'zh-Hans', item: 'counter-gift', example: 0 },
      shows: ['角色扮演 · 柜台接待', '── 复盘 ──', '→ 圆满结束', '评分卡'],
      ending: { id: 'thanked', kind: 'close' },
    },
    {
      name: 'escalates in Chinese to a walk-out, and the debrief says why',
      play: { lang: 'zh-Hans', item: 'complaint-six-steps', example: 1 },
      shows: [
        '顾客 ▸ 你的意思是我在编故事？',
        '—— 顾客不满地离开了 ——',
        '原因：开场就怀疑他的投诉，而不是接受它',
      ],
      ending: { id: 'left', kind: 'walk-out' },
    },
  ] as { name: string; play: Case; shows: string[]; ending: { id: string; kind: string } }[])(
    '$name',
    async ({ play, shows, ending }) => {
      const { screen, records } = await playInTmux(play);
      for (const text of shows) expect(screen).toContain(text);
      expect(records[0].items[0].roleplay.ending).toEqual(ending);
      expect(records[0].items[0].verdict).toBe(ending.kind === 'close' ? 'pass' : 'fail');
    },
  );
});
