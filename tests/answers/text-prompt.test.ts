// The free-text prompt on a virtual screen: the text being typed wraps between words (between
// characters in Chinese) by display width, and editing keys work on it as readline keeps it.
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { textPrompt } from '../../src/answers/interactive-prompts.js';
import { displayWidth } from '../../src/render/width.js';

const en =
  'My router has been down since Monday and you work from home, so I understand how stressful that is. Did I get that right?';
const zh = '您的路由器从星期一起就断网了，您又在家办公，我理解这有多让人着急。我说得对吗？';

const config = (width: number) => ({
  message: 'Restate what the customer said.',
  width,
  validate: (v: string) => v.trim() !== '' || 'Please write an answer.',
  echo: (v: string) => v,
});

type Events = Awaited<ReturnType<typeof render>>['events'];
// One key at a time, as a person types (Node 20's readline misplaces the first character of a
// many-character chunk typed after the cursor was moved).
const typeKeys = (events: Events, text: string) => {
  for (const ch of text) events.type(ch);
};

describe('textPrompt', () => {
  for (const width of [39, 99])
    for (const [lang, text] of [
      ['English', en],
      ['Chinese', zh],
    ] as const)
      it(`wraps ${lang} as it is typed at ${width + 1} columns, never inside a word`, async () => {
        const { answer, events, getScreen } = await render(textPrompt, config(width));
        typeKeys(events, text);
        const lines = getScreen().split('\n').slice(1);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        if (lang === 'English') {
          expect(lines.length).toBeGreaterThan(width < 50 ? 3 : 1);
          // The lines hold the words whole, in order.
          expect(lines.join(' ').trim().split(/\s+/)).toEqual(text.split(' '));
        } else {
          expect(lines.map((l) => l.trim()).join('')).toBe(text);
        }
        events.keypress('enter');
        expect(await answer).toBe(text);
      });

  it('edits in the middle of the text; the cursor is told to the screen where it is drawn', async () => {
    const { answer, events, getScreen } = await render(textPrompt, config(39));
    typeKeys(events, en);
    for (let i = 0; i < 'that right?'.length; i++) events.keypress('left');
    events.keypress('backspace');
    typeKeys(events, ' truly ');
    expect(getScreen()).toContain('I get truly that right?');
    // The screen's cursor escape codes put it after "truly": up from the last line, then to its column.
    const raw = getScreen({ raw: true });
    const up = Number(/\u001b\[(\d+)A\u001b\[(\d+)G$/.exec(raw)?.[1] ?? 0);
    const col = Number(/\u001b\[(\d+)G$/.exec(raw)?.[1]);
    const lines = getScreen().split('\n');
    const row = lines.length - 1 - up;
    expect(lines[row]!.slice(0, col - 1)).toMatch(/truly $/);
    events.keypress('enter');
    expect(await answer).toBe(en.replace('get that right', 'get truly that right'));
  });

  it('Enter on nothing says so under the prompt and keeps it open', async () => {
    const { answer, events, getScreen } = await render(textPrompt, config(39));
    events.keypress('enter');
    await Promise.resolve();
    expect(getScreen()).toContain('Please write an answer.');
    typeKeys(events, 'ok');
    expect(getScreen()).not.toContain('Please write an answer.');
    events.keypress('enter');
    expect(await answer).toBe('ok');
  });
});
