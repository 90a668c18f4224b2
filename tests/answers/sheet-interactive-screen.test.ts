// The same answers typed at the real Inquirer prompts (on @inquirer/testing's virtual screen) and
// written in an answer sheet must give the same scores: both go through runSession and scoreItem.

import { PassThrough } from 'node:stream';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { interactiveSource } from '../../src/answers/interactive.js';
import { assessSheet } from '../../src/commands/trainer/score-sheet.js';
import { renderYamlTemplate } from '../../src/commands/trainer/sheet-template.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { runSession } from '../../src/session/run-session.js';
import { pick, tick } from '../helpers/screen.js';
import { ANSWERS, allKinds, fillAllKinds, realJudge } from './sheet-helpers.js';

// The scale is our own prompt: it runs on the same virtual screen as Inquirer's.
vi.mock('../../src/answers/interactive-prompts.js', async (original) => {
  const actual = await original<typeof import('../../src/answers/interactive-prompts.js')>();
  return {
    ...actual,
    scalePrompt: wrapPrompt(actual.scalePrompt),
    textPrompt: wrapPrompt(actual.textPrompt),
  };
});

async function write(text: string): Promise<void> {
  screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

describe('interactive and batch runs', () => {
  it('give identical item scores for the same answers', async () => {
    const loaded = allKinds();
    const judge = realJudge();
    const source = interactiveSource({
      input: new PassThrough(),
      output: new PassThrough(),
      msg: messagesFor('en'),
      style: await createStyle(false),
      seed: 5,
    });
    let t = 0;
    const now = () => {
      t += 1000;
      return new Date(t);
    };
    const interactive = runSession({
      loaded,
      items: loaded.set.items,
      source,
      judge,
      mode: 'interactive',
      user: 'Ana',
      id: 'i',
      now,
    });

    await pick('I am worried');
    await tick('Calm down', "That's not my job");
    for (const step of ['Say why', 'Give a time limit']) await pick(step);
    for (const category of ['Fact', 'Fact']) await pick(category);
    await write(ANSWERS.opener);
    await write(ANSWERS.restate);
    await write(ANSWERS.rephrase);
    await write('5');
    screen.type('4');
    screen.keypress('enter');
    const live = await interactive;

    const sheet = fillAllKinds(renderYamlTemplate(loaded));
    const batch = await assessSheet(
      { file: 'ana.yaml', text: sheet },
      { setFor: () => ({ loaded }), judge, now, newId: () => 'b', defaultName: () => undefined },
    );
    if (batch.kind !== 'scored') throw new Error('sheet not scored');

    const view = (r: typeof live) =>
      r.items.map((i) => ({
        id: i.id,
        answer: i.answer,
        score: i.score,
        verdict: i.verdict,
        criteria: i.criteria.map((c) => [c.id, c.met]),
      }));
    expect(view(batch.record)).toEqual(view(live));
    expect(batch.record).toMatchObject({
      score: live.score,
      max: live.max,
      passed: live.passed,
      skills: live.skills,
    });
    expect(live.items.map((i) => i.score)).toEqual([
      1,
      2,
      0.5,
      0.5,
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
      0,
    ]);
  });
});
