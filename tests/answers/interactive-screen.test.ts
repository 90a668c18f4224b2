// Drives the real Inquirer prompts on a virtual screen (@inquirer/testing) through a whole session.

import { PassThrough } from 'node:stream';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { interactiveSource } from '../../src/answers/interactive.js';
import type { Lang } from '../../src/drills/schema.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { runSession } from '../../src/session/run-session.js';
import { loadFixtureSet } from '../helpers/fixtures.js';
import { pick, tick } from '../helpers/screen.js';

// Our own prompts (the scale, the pause) run on the same virtual screen as Inquirer's.
vi.mock('../../src/answers/interactive-prompts.js', async (original) => {
  const actual = await original<typeof import('../../src/answers/interactive-prompts.js')>();
  return {
    ...actual,
    scalePrompt: wrapPrompt(actual.scalePrompt),
    pausePrompt: wrapPrompt(actual.pausePrompt),
    textPrompt: wrapPrompt(actual.textPrompt),
  };
});

const judge: FreeTextJudge = {
  judge: () => {
    throw new Error('no free-text items in this set');
  },
};

describe('interactive session on a virtual screen', () => {
  it('asks every kind through Inquirer and prints feedback after each answer', async () => {
    const loaded = loadFixtureSet();
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d) => (printed += d));
    const source = interactiveSource({
      input: new PassThrough(),
      output: out,
      msg: messagesFor('en'),
      style: await createStyle(false),
      seed: 3,
      color: false,
    });
    let t = 0;
    const session = runSession({
      loaded,
      items: loaded.set.items,
      source,
      judge,
      mode: 'interactive',
      user: 'ana',
      id: 'x',
      now: () => {
        t += 1000;
        return new Date(t);
      },
    });

    expect(screen.getScreen()).toContain('Which is a feeling?');
    await pick('I am worried');

    expect(screen.getScreen()).toContain('Which are forbidden?');
    await tick('Calm down', "That's not my job");

    for (const step of ['Say why', 'Ask permission', 'Give a time limit']) {
      expect(screen.getScreen()).toContain('Step');
      await pick(step);
    }

    for (const category of ['Fact', 'Feeling', 'Feeling']) await pick(category);

    // Number keys pick the number shown, though the list runs from 5 down to 1.
    expect(screen.getScreen()).toContain('1-5');
    screen.type('2');
    screen.keypress('enter');
    await screen.next();
    screen.type('4');
    screen.keypress('enter');

    const record = await session;
    expect(record.items.map((i) => [i.id, i.score])).toEqual([
      ['pick-one', 1],
      ['pick-many', 2],
      ['steps', 1],
      ['sort', 0.67],
      ['rate', 0],
    ]);
    expect(printed).toContain('1/5 · choose one');
    expect(printed).toContain('✔ Correct');
    expect(printed).toContain('◐ Partly right');
    expect(printed).toContain('“The box was open”: you said Feeling, it is Fact');
    expect(record.items.at(-1)?.answer).toEqual([2, 4]);
    expect(printed).toContain('Your total: 6 — high');
    // The step placed by itself is echoed too: the whole order shows.
    expect(printed).toMatch(/· Step 4: Come back and thank them/);
  });
});

describe('choices on a virtual screen', () => {
  const oneItem = async (id: string, seed: number, lang: Lang = 'en') => {
    const loaded = loadFixtureSet();
    const source = interactiveSource({
      input: new PassThrough(),
      output: new PassThrough(),
      msg: messagesFor(lang),
      style: await createStyle(false),
      seed,
      color: false,
    });
    const items = loaded.set.items.filter((i) => i.id === id);
    const session = runSession({
      loaded,
      items,
      source,
      judge,
      mode: 'interactive',
      user: 'ana',
      id: 'x',
      now: () => new Date(0),
    });
    return { session, items };
  };
  const optionLines = () =>
    screen
      .getScreen()
      .split('\n')
      .filter((l) => /^[❯ ]\s?[◯◉]/.test(l))
      .map((l) => l.replace(/^[❯ ]\s?[◯◉]\s*/, ''));

  it('Enter with nothing ticked asks once; a second Enter submits the empty answer', async () => {
    const { session } = await oneItem('pick-many', 1);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Nothing selected — press Enter again to submit anyway');
    screen.keypress('enter');
    const record = await session;
    expect(record.items[0]?.answer).toEqual([]);
  });

  it("key hints in the trainee's language: in Chinese the keys are named in Chinese too", async () => {
    for (const [lang, hint] of [
      ['zh-Hans', '空格键 选择'],
      ['en', 'space choose'],
    ] as const) {
      const { session } = await oneItem('pick-many', 1, lang);
      const shown = screen.getScreen();
      expect(shown).toContain(hint);
      if (lang === 'zh-Hans') expect(shown).not.toMatch(/\bspace\b/);
      screen.keypress('space');
      screen.keypress('enter');
      await session;
    }
  });

  it('options come in an order set by the seed: the same seed, the same order', async () => {
    const orders: string[][] = [];
    for (const seed of [5, 5, 6, 7, 8]) {
      const { session } = await oneItem('pick-many', seed);
      orders.push(optionLines());
      screen.keypress('space');
      screen.keypress('enter');
      await session;
    }
    expect(orders[0]!.length).toBeGreaterThan(2);
    expect(orders[1]).toEqual(orders[0]);
    expect(new Set(orders.map((o) => o.join('|'))).size).toBeGreaterThan(1);
  });
});
