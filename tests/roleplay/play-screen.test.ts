// A role-play typed at the real Inquirer prompt (@inquirer/testing's virtual screen) and the same
// replies written in an answer sheet give the same record: both go through runSession and converse.
import { PassThrough } from 'node:stream';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { interactiveSource } from '../../src/answers/interactive.js';
import { assessSheet } from '../../src/commands/trainer/score-sheet.js';
import { renderYamlTemplate } from '../../src/commands/trainer/sheet-template.js';
import type { LoadedSet } from '../../src/drills/parse-set.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import type { SessionRecord } from '../../src/session/record.js';
import { runSession } from '../../src/session/run-session.js';
import { realJudge } from '../answers/sheet-helpers.js';
import { REFUSAL_BRANCH, roleplayItem, roleplaySet } from './helpers.js';

// The replies are typed at our own free-text prompt, on the same virtual screen.
vi.mock('../../src/answers/interactive-prompts.js', async (original) => {
  const actual = await original<typeof import('../../src/answers/interactive-prompts.js')>();
  return { ...actual, textPrompt: wrapPrompt(actual.textPrompt) };
});

async function say(text: string): Promise<void> {
  screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

function clock() {
  let t = 0;
  return () => {
    t += 1000;
    return new Date(t);
  };
}

async function play(
  loaded: LoadedSet,
  id: string,
  replies: string[],
  feedback: 'turn' | 'end',
): Promise<{ record: SessionRecord; printed: string }> {
  const chunks: string[] = [];
  const source = interactiveSource({
    feedback,
    msg: messagesFor(loaded.set.lang),
    style: await createStyle(false),
    color: false,
    seed: 1,
    input: new PassThrough(),
    output: new PassThrough().on('data', (d) => chunks.push(String(d))),
  });
  const session = runSession({
    loaded,
    items: [roleplayItem(loaded, id)],
    source,
    judge: realJudge(),
    mode: 'interactive',
    user: 'Ana',
    id: 'live',
    now: clock(),
  });
  // The judge loads before the first line of the conversation: wait for the first prompt.
  while (!/^\? (You|你)/m.test(screen.getScreen())) await new Promise((r) => setImmediate(r));
  for (const [i, reply] of replies.entries()) {
    if (i === replies.length - 1) {
      screen.type(reply);
      screen.keypress('enter');
    } else await say(reply);
  }
  return { record: await session, printed: chunks.join('') };
}

/**
 * The sheet `template` writes for the set, with this item's replies filled in: one line per
 * reply, more than the template's slots when a branch made the conversation longer.
 */
function sheetWith(loaded: LoadedSet, id: string, replies: string[]): string {
  const lines = renderYamlTemplate(loaded).split('\n');
  const start = lines.indexOf(`  ${id}:`);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('    ')) end++;
  lines.splice(start + 1, end - start - 1, ...replies.map((r) => `    - ${JSON.stringify(r)}`));
  return lines.join('\n').replace('name: ""', 'name: "Ana"');
}

const view = (r: SessionRecord) =>
  r.items.map((i) => ({
    id: i.id,
    answer: i.answer,
    score: i.score,
    verdict: i.verdict,
    roleplay: i.roleplay,
  }));

describe('a role-play at the prompt and on a sheet', { timeout: 60_000 }, () => {
  it('shows the chat, a verdict per reply with --feedback turn, and the debrief', async () => {
    const loaded = roleplaySet('en');
    const replies = roleplayItem(loaded, 'bank-data').examples[1]!.replies;
    const { record, printed } = await play(loaded, 'bank-data', replies, 'turn');
    expect(printed).toContain('Customer ▸ Your bank leaked my details!');
    expect(printed).toContain("Customer ▸ Don't tell me I'm wrong!");
    expect(printed).toContain('— the customer gives up and leaves —');
    expect(printed.match(/^ {2}(good|partial|poor) {2}/gm)).toHaveLength(replies.length);
    expect(record.items[0]!.roleplay?.ending).toEqual({ id: 'closed-account', kind: 'walk-out' });
  });

  it('gives the same record from the sheet as from the prompt, along a path with a branch', async () => {
    const loaded = roleplaySet('zh-Hans');
    const good = roleplayItem(loaded, 'refusal-alternative').examples[0]!.replies;
    // A refusal without a choice sends the customer to her protest; a good reply there brings
    // her back: the sheet's replies follow the same branches as the live run.
    const replies = [
      good[0]!,
      good[1]!,
      '不行，这是我们公司的规定。',
      '对不起，我这就帮您请示主管，至少可以先帮您换大一码。',
      good[3]!,
      good[4]!,
    ];
    const live = await play(loaded, 'refusal-alternative', replies, 'end');
    expect(live.printed).not.toMatch(/^ {2}(好|部分做到|差) {2}/m);
    expect(live.record.items[0]!.roleplay?.turns.map((t) => t.turn)).toEqual(REFUSAL_BRANCH);

    const batch = await assessSheet(
      { file: 'ana.yaml', text: sheetWith(loaded, 'refusal-alternative', replies) },
      {
        setFor: () => ({ loaded }),
        judge: realJudge(),
        now: clock(),
        newId: () => 'b',
        defaultName: () => undefined,
      },
    );
    if (batch.kind !== 'scored') throw new Error('sheet not scored');
    const scoredItem = batch.record.items.filter((i) => i.id === 'refusal-alternative');
    expect(view({ ...batch.record, items: scoredItem })).toEqual(view(live.record));
    expect(scoredItem[0]!.roleplay?.ending?.kind).toBe('close');
  });
});
