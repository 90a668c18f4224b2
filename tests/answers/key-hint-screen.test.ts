// The key hints under a prompt in the trainee's language: in Chinese, the key names too
// ("空格键 选择", never "space 选择").
import { PassThrough } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { interactiveSource } from '../../src/answers/interactive.js';
import type { Lang } from '../../src/drills/schema.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { runSession } from '../../src/session/run-session.js';
import { loadFixtureSet } from '../helpers/fixtures.js';

const judge: FreeTextJudge = {
  judge: () => {
    throw new Error('no free-text items here');
  },
};

async function multiItemScreen(lang: Lang): Promise<string> {
  const loaded = loadFixtureSet();
  const source = interactiveSource({
    input: new PassThrough(),
    output: new PassThrough(),
    msg: messagesFor(lang),
    style: await createStyle(false),
    seed: 1,
    color: false,
  });
  const session = runSession({
    loaded,
    items: loaded.set.items.filter((i) => i.id === 'pick-many'),
    source,
    judge,
    mode: 'interactive',
    user: 'ana',
    id: 'x',
    now: () => new Date(0),
  });
  const shown = screen.getScreen();
  screen.keypress('space');
  screen.keypress('enter');
  await session;
  return shown;
}

describe('key hints', () => {
  it('in Chinese: the keys are named in Chinese too', async () => {
    const shown = await multiItemScreen('zh-Hans');
    expect(shown).toContain('空格键 选择');
    expect(shown).not.toMatch(/\bspace\b/);
  });

  it('in English: as Inquirer names them', async () => {
    expect(await multiItemScreen('en')).toContain('space choose');
  });
});
