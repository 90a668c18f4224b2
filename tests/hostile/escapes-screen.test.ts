// `start`'s screens for a set whose text carries terminal escapes: the real Inquirer prompts on
// @inquirer/testing's virtual screen (raw bytes) and the feedback and summary printed around them.

import { PassThrough } from 'node:stream';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { interactiveSource } from '../../src/answers/interactive.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { renderSummary } from '../../src/render/summary.js';
import { runSession } from '../../src/session/run-session.js';
import { realJudge } from '../answers/sheet-helpers.js';
import { loadFixtureSet } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';

/** Injected sequences and their payloads; Inquirer's own cursor codes are allowed on the raw screen. */
const INJECTED =
  /pwned|evil\.example|\u001b\]|\u001b\[(?:5m|2J|3J|31m|4m|24m|1A|K)|\u001bc|[\u0007\u0008\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;
// Our own text prompt runs on the same virtual screen as Inquirer's.
vi.mock('../../src/answers/interactive-prompts.js', async (original) => {
  const actual = await original<typeof import('../../src/answers/interactive-prompts.js')>();
  return { ...actual, textPrompt: wrapPrompt(actual.textPrompt) };
});

/** Inquirer's own redraw (erase the lines it drew before, back to column 1), which leads a raw screen. */
const withoutRedraw = (raw: string) =>
  raw.replace(/^(?:\u001b\[2K\u001b\[1A)*\u001b\[2K\u001b\[G/, '');
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('start: a set full of escape sequences on a virtual screen', () => {
  it('prompts and feedback carry none of them', async () => {
    const loaded = loadFixtureSet('hostile/escapes/escape-set.yaml');
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d) => (printed += d));
    const msg = messagesFor('en');
    const style = await createStyle(false);
    const source = interactiveSource({
      input: new PassThrough(),
      output: out,
      msg,
      style,
      seed: 1,
      color: false,
    });
    let t = 0;
    const session = runSession({
      loaded,
      items: loaded.set.items,
      source,
      judge: realJudge(),
      mode: 'interactive',
      user: 'ana',
      id: 'x',
      now: () => {
        t += 1000;
        return new Date(t);
      },
    });

    const first = screen.getScreen({ raw: true });
    expect(screen.getScreen()).toContain('Pick one');
    expect(first).not.toMatch(INJECTED);
    screen.keypress('enter');
    await screen.next();

    expect(screen.getScreen()).toContain('Ask an open question.');
    screen.type('How can I help you today?');
    expect(withoutRedraw(screen.getScreen({ raw: true }))).not.toMatch(INJECTED);
    screen.keypress('enter');

    const record = await session;
    expect(record.score).toBe(2);
    expect(printed).toContain('Scenario with colour');
    expect(printed).not.toMatch(CONTROL);
    expect(printed).not.toMatch(/pwned|evil\.example/);
  });

  // The heading once printed record.setTitle raw: a set's title could retitle the window
  // (OSC 0) and clear the screen at the end of every session of it.
  it('the summary heading carries none of them', async () => {
    const loaded = loadFixtureSet('hostile/escapes/escape-set.yaml');
    const text = renderSummary(
      { ...makeRecord(), setId: loaded.set.id, setTitle: loaded.set.title },
      undefined,
      messagesFor('en'),
      await createStyle(false),
    );
    expect(text).toContain('Summary: Title red');
    expect(text).not.toMatch(CONTROL);
  });
});
