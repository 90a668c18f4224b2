// `start` loads the judge and the earlier sessions once the first prompt is on screen: the
// answer source says when that is. At a terminal Inquirer draws a prompt a turn of the event
// loop after it is created, so "created" is not yet "on screen".
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { interactiveSource } from '../../src/answers/interactive.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { loadFixtureSet } from '../helpers/fixtures.js';

describe('the first prompt on screen', () => {
  for (const tty of [true, false])
    it(`is announced once, after it is drawn (${tty ? 'a terminal' : 'a pipe'})`, async () => {
      const { set } = loadFixtureSet();
      const input = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
      // Never ended by the prompts, as process.stdout is not (a pipe to it leaves it open).
      const output = Object.assign(new PassThrough(), { end: () => output });
      let printed = '';
      output.on('data', (d) => (printed += d));
      const seen: string[] = [];
      const source = interactiveSource({
        input,
        output,
        msg: messagesFor('en'),
        style: await createStyle(false),
        seed: 1,
        color: false,
        shown: () => seen.push(printed),
      });
      const choice = set.items.find((i) => i.kind === 'choice')!;
      const position = { index: 1, total: 2 };
      const first = source.answer(choice, position);
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
      expect(seen).toHaveLength(1);
      expect(seen[0]).toContain(`? ${choice.prompt}`);
      input.write('\r');
      await first;
      const second = source.answer(choice, { index: 2, total: 2 });
      await new Promise((r) => setImmediate(r));
      input.write('\r');
      await second;
      expect(seen).toHaveLength(1);
    });
});
