// What only a real terminal shows of the practice loop (tmux, the built binary): the pause after
// feedback, the scale's number keys, the resume offer, and lines that never break inside a word.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendRecord } from '../../src/history/store.js';
import { displayWidth } from '../../src/render/width.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';
import { hasTmux, TmuxTerminal } from '../helpers/tmux.js';
import { waitFor } from '../helpers/wait.js';

const available = hasTmux();
const SET = 'tests/fixtures/drills/e2e-set.yaml';
const env = (home: string) => ({
  CS_DRILL_HOME: home,
  LANG: 'en_US.UTF-8',
  TERM: 'xterm-256color',
  NO_COLOR: '1',
});
const home = () => mkdtempSync(join(tmpdir(), 'cs-drill-loop-'));
const records = (dir: string) =>
  readFileSync(join(dir, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe.skipIf(!available)('the practice loop in a real terminal', () => {
  let term: TmuxTerminal | undefined;
  afterEach(() => term?.close());
  const open = (command: string, dir: string, width = 100) => {
    term = new TmuxTerminal(command, { cwd: ROOT, env: env(dir), width, prefix: 'loop' });
    return term;
  };

  it('feedback stays until a key is pressed; --fast goes straight on', async () => {
    const dir = home();
    const t = open(`node ${BIN} start ${SET} --seed 1 --user pause`, dir);
    await t.waitFor('Which one is a feeling?');
    t.keys('Enter');
    const paused = await t.waitFor('Press any key to continue');
    expect(paused).toContain('Why: Worry is how the customer feels');
    expect(paused).not.toContain('2/4');
    t.keys('Space');
    const next = await t.waitFor('2/4');
    expect(next).not.toContain('Press any key to continue');
    t.close();

    const fast = open(`node ${BIN} start ${SET} --fast --seed 1 --user fast`, home());
    await fast.waitFor('Which one is a feeling?');
    fast.keys('Enter');
    expect(await fast.waitFor('2/4')).not.toContain('Press any key');
  });

  it('number keys record the number pressed on a 10-to-1 scale', async () => {
    const dir = home();
    const file = join(dir, 'scale.yaml');
    writeFileSync(
      file,
      [
        'format: 1',
        'id: scale-keys',
        'lang: en',
        'title: Scale keys',
        'description: One scale.',
        'intro: Rate yourself.',
        'skills: [self]',
        'items:',
        '  - id: rate',
        '    kind: scale',
        '    prompt: Rate yourself.',
        '    statements: [I stay calm, I listen, I follow up]',
        '    scale: { min: 1, max: 10, min_label: never, max_label: always }',
        '    bands:',
        '      - { min: 3, max: 30, label: any, message: Noted. }',
        '    explanation: Self-ratings are not scored.',
      ].join('\n'),
    );
    const t = open(`node ${BIN} start ${file} --fast --user scale`, dir);
    await t.waitFor('I stay calm');
    t.type('7');
    t.keys('Enter');
    await t.waitFor('I listen');
    t.type('2');
    t.keys('Enter');
    await t.waitFor('I follow up');
    t.type('10');
    t.keys('Enter');
    await t.waitFor('[exit 0]');
    expect(records(dir)[0].items[0].answer).toEqual([7, 2, 10]);
  });

  it('starting a stopped set again offers to resume it', async () => {
    const dir = home();
    const first = open(`node ${BIN} start ${SET} --fast --seed 1 --user again`, dir);
    await first.waitFor('Which one is a feeling?');
    first.keys('Enter');
    await first.waitFor('Step 1:');
    first.keys('C-c');
    await first.waitFor('[exit 130]');
    first.close();

    const second = open(`node ${BIN} start ${SET} --fast --seed 1 --user again`, dir);
    await second.waitFor('Resume (1 of 4 answered)?');
    second.keys('Enter');
    await second.waitFor('Continuing: 1 of 4 items already answered.');
    // The order item draws its steps after the header: wait for them rather than race the pty.
    await second.waitFor('Step 1:');
  });

  it('resuming a set stopped inside a role-play says that the role-play starts again', async () => {
    const dir = home();
    const index = JSON.parse(readFileSync(join(ROOT, 'dist/drills/index.json'), 'utf8')) as {
      id: string;
      lang: string;
      hash: string;
      json: string;
    }[];
    const entry = index.find((s) => s.id === 'roleplay' && s.lang === 'en')!;
    const ids = (
      JSON.parse(readFileSync(join(ROOT, 'dist/drills', entry.json), 'utf8')) as {
        set: { items: { id: string }[] };
      }
    ).set.items.map((i) => i.id);
    // Stopped inside the second role-play: the first one is answered, the second is not kept.
    const first = makeRecord().items[0]!;
    appendRecord(
      join(dir, 'history.jsonl'),
      makeRecord({
        id: 'stopped-in-talk',
        user: 'talk',
        setId: 'roleplay',
        setHash: entry.hash,
        status: 'aborted',
        passed: false,
        plan: ids,
        items: [{ ...first, id: ids[0]!, kind: 'roleplay', answer: ['Hello, how can I help?'] }],
      }),
    );
    const t = open(`node ${BIN} start roleplay --fast --user talk --resume`, dir);
    const screen = await t.waitFor(/a conversation is\s+not\s+resumed\s+halfway/);
    expect(screen).toMatch(
      /Continuing: 1 of 6 items already answered\.\nThe role-play you stopped in/,
    );
  });

  for (const width of [40, 100]) {
    it(`at ${width} columns no line fills the width (nothing breaks inside a word)`, async () => {
      const t = open(`node ${BIN} start ${SET} --fast --seed 3 --user w${width}`, home(), width);
      await t.waitFor('Which one is a feeling?');
      t.keys('Enter');
      for (const step of ['Step 1:', 'Step 2:']) {
        await t.waitFor(step);
        t.keys('Enter');
      }
      for (const statement of ['The invoice says 40 euros', 'I feel cheated']) {
        await t.waitFor(`“${statement}”`);
        t.keys('Enter');
      }
      await t.waitFor('Restate what the customer said');
      t.type('Your router has been down since Monday and you are losing money. Is that right?');
      t.keys('Enter');
      await t.waitFor(/you missed\s+once\s+more\?/);
      t.type('n');
      t.keys('Enter');
      await t.waitFor('[exit 0]');
      const full = t.rows().filter((row) => displayWidth(row) >= width);
      expect(full, t.rows().join('\n')).toEqual([]);
    });
  }

  describe('a free-text answer as it is typed', () => {
    const sets = {
      en: {
        lang: 'en',
        prompt: 'Restate what the customer said, with the feeling, and check.',
        customer: 'My router has been down since Monday and I work from home!',
        answer:
          'Your router has been down since Monday and you work from home, so I understand how stressful that is. Did I get that right?',
      },
      zh: {
        lang: 'zh-Hans',
        prompt: '复述客户的话，说出感受，再确认。',
        customer: '我的路由器从星期一就坏了，我在家办公！',
        answer: '您的路由器从星期一起就断网了，您又在家办公，我理解这有多让人着急。我说得对吗？',
      },
    };
    const setFile = (dir: string, key: 'en' | 'zh') => {
      const s = sets[key];
      const file = join(dir, `typing-${key}.yaml`);
      writeFileSync(
        file,
        [
          'format: 1',
          `id: typing-${key}`,
          `lang: ${s.lang}`,
          'title: Typing',
          'description: One free-text item.',
          'intro: Type your answer.',
          'skills: [listening]',
          'items:',
          '  - id: restate',
          '    kind: paraphrase',
          `    prompt: ${s.prompt}`,
          `    customer: ${s.customer}`,
          '    criteria:',
          '      - { id: router, label: router, any: [router, 路由器] }',
          `    model_answer: ${s.answer}`,
          '    explanation: Restate, name the feeling, check.',
          '',
        ].join('\n'),
      );
      return file;
    };
    for (const width of [40, 100])
      for (const key of ['en', 'zh'] as const)
        it(`${key} at ${width} columns: lines break between words (characters), the cursor follows`, async () => {
          const dir = home();
          const t = open(`node ${BIN} start ${setFile(dir, key)} --fast --user typing`, dir, width);
          const { answer } = sets[key];
          await t.waitFor(key === 'en' ? 'and check.' : '再确认。');
          t.type(answer);
          const tail = key === 'en' ? 'right?' : '对吗？';
          await t.waitFor(tail);
          const pane = t.pane();
          const last = pane.findLastIndex((l) => l.trim() !== '');
          const question = pane.findLastIndex((l) => l.startsWith('? '));
          const typed = pane.slice(question + 1, last + 1).filter((l) => l.startsWith('  '));
          for (const row of typed) expect(displayWidth(row)).toBeLessThan(width);
          if (key === 'en') expect(typed.join(' ').trim().split(/\s+/)).toEqual(answer.split(' '));
          else expect(typed.map((r) => r.trim()).join('')).toBe(answer);
          // The cursor stands after the last character typed, and moves back over it with ←.
          const end = displayWidth(pane[last]!.trimEnd());
          expect(t.cursor()).toEqual({ x: end, y: last });
          t.keys('Left', 'Left');
          const back = { x: end - displayWidth(answer.slice(-2)), y: last };
          await waitFor('the cursor two characters back', () => {
            const c = t.cursor();
            return c.x === back.x && c.y === back.y;
          });
          t.keys('C-c');
          await t.waitFor('[exit 130]');
        });
  });
});
