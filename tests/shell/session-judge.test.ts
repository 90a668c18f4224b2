// The judge of an interactive session is readied in the background while the trainee types:
// in short steps that let the event loop run between them, and never as a failure of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedSet } from '../../src/drills/parse-set.js';
import { openBundledJudge, warmUpSteps } from '../../src/shell/bundled-judge.js';
import { sessionJudge } from '../../src/shell/session-judge.js';
import { ROOT } from '../helpers/paths.js';

const bundled = (name: string): LoadedSet =>
  JSON.parse(readFileSync(join(ROOT, 'dist', 'drills', name), 'utf8')) as LoadedSet;

describe('the session judge warm-up', () => {
  it('judges each free-text item and role-play turn once, besides building the converters', () => {
    const { set } = bundled('complaints.en.json');
    const judge = openBundledJudge(ROOT);
    let judged = 0;
    const counting = {
      judge: (...args: Parameters<typeof judge.judge>) => {
        judged++;
        return judge.judge(...args);
      },
    };
    const steps = warmUpSteps(counting, set.items, set.lang);
    for (const step of steps) step();
    const freeText = set.items.filter((i) => ['ask', 'paraphrase', 'rewrite'].includes(i.kind));
    const turns = set.items.flatMap((i) => (i.kind === 'roleplay' ? i.turns : []));
    expect(freeText.length + turns.length).toBeGreaterThan(0);
    expect(judged).toBe(freeText.length + turns.length);
    expect(steps).toHaveLength(judged + 2);
  });

  it('gives the event loop a turn before each step', async () => {
    const { set } = bundled('listening.en.json');
    const session = sessionJudge(ROOT, set.items, set.lang);
    const judge = await session.load();
    const steps = warmUpSteps(judge, set.items, set.lang).length;
    let turns = 0;
    let done = false;
    const warming = session.warmUp().then(() => {
      done = true;
    });
    while (!done) {
      await new Promise((r) => setImmediate(r));
      turns++;
    }
    await warming;
    expect(turns).toBeGreaterThanOrEqual(steps);
  });

  it('never fails: a judge that cannot be opened says so when an answer is judged', async () => {
    const { set } = bundled('listening.en.json');
    const session = sessionJudge(join(ROOT, 'no-such-package'), set.items, set.lang);
    await expect(session.warmUp()).resolves.toBeUndefined();
    await expect(session.load()).rejects.toThrow();
  });
});
