// A plain `start` offers back a session of the set that was stopped and never resumed, before
// the first item. Whether there is one is told from the history index: with the index up to
// date, no line of a long history is parsed in full before the first prompt but a stopped one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dataOwner } from '../../src/history/location.js';
import * as parseRecord from '../../src/history/parse-record.js';
import { streamSummaries } from '../../src/history/summary-index.js';
import { run } from '../../src/run.js';
import type { SessionRecord } from '../../src/session/record.js';
import { testContext } from '../helpers/context.js';
import { fixturePath, loadFixtureSet } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';
import { waitFor } from '../helpers/wait.js';

vi.mock('../../src/history/parse-record.js', async (actual) => {
  const real = await actual<typeof import('../../src/history/parse-record.js')>();
  return { ...real, parseRecordLine: vi.fn(real.parseRecordLine) };
});

const loaded = loadFixtureSet();
const session = (n: number, over: Partial<SessionRecord> = {}) =>
  makeRecord({
    id: `s-${n}`,
    setId: n % 2 === 0 ? loaded.set.id : 'other-set',
    setHash: loaded.hash,
    ...over,
  });

/** Starts the fixture set as ana at a terminal; stops it once `until` is on screen. */
async function startUntil(
  records: SessionRecord[],
  until: RegExp,
  warmIndex: boolean,
  options: string[] = [],
) {
  const t = testContext({ env: { USER: 'ana' }, ttys: ['stdin', 'stdout'] });
  const file = join(t.home, 'history.jsonl');
  // Lines of this history only: an earlier test's reading may still be going on.
  const lines = records.map((r) => JSON.stringify({ ...r, setTitle: `${r.setTitle} ${t.home}` }));
  const ours = new Set(lines);
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''), { mode: 0o600 });
  // Any reader of session summaries (list, stats, history) brings the index up to date.
  if (warmIndex) for await (const _ of streamSummaries(file, [], dataOwner(t.ctx.env)));
  const parsed = vi.mocked(parseRecord.parseRecordLine);
  parsed.mockClear();
  // Counted as the prompt is written: the earlier sessions are read once it is on screen.
  let parsedBeforePrompt: number | undefined;
  t.ctx.stdout.on('data', () => {
    if (parsedBeforePrompt === undefined && until.test(t.out()))
      parsedBeforePrompt = parsed.mock.calls.filter(([line]) => ours.has(line)).length;
  });
  const stop = new AbortController();
  const running = run(
    ['start', fixturePath('drills/good-set.yaml'), '--seed', '1', ...options],
    { ...t.ctx, signal: stop.signal },
    '0.0.0',
  );
  const screen = await waitFor(`${until}`, () => parsedBeforePrompt !== undefined && t.out());
  stop.abort();
  await running;
  return { screen, parsedBeforePrompt };
}

const firstItem = new RegExp(loaded.set.items[0]!.prompt);
const offer = new RegExp(
  `You stopped this set last time\\. Resume \\(1 of ${loaded.set.items.length} answered\\)\\?`,
);

describe('start: the offer to resume', () => {
  it('is made for a stopped session of the set, even behind many later sessions of others', async () => {
    const records = [
      session(0, { status: 'aborted', plan: loaded.set.items.map((i) => i.id) }),
      // Later sessions of other sets by ana, and of this set by bo.
      ...Array.from({ length: 40 }, (_, n) => session(n + 1, { user: n % 2 ? 'bo' : 'ana' })),
    ];
    const { screen, parsedBeforePrompt } = await startUntil(records, offer, true);
    expect(screen).not.toMatch(firstItem);
    // Its plan and answers come from its own line, the one line read in full.
    expect(parsedBeforePrompt).toBe(1);
  });

  it('is not made once a later session has resumed it: the first item comes', async () => {
    const records = [
      session(0, { status: 'aborted' }),
      session(2, { resumes: 's-0' }),
      session(4, { status: 'aborted', user: 'bo' }),
      session(6, { status: 'aborted', mode: 'batch' }),
    ];
    const { screen } = await startUntil(records, firstItem, true);
    expect(screen).not.toMatch(offer);
  });

  it('is not made once the trainee has gone on to another session of the set; --resume still finds it', async () => {
    const [first, second] = loaded.set.items;
    const records = [
      session(0, {
        status: 'aborted',
        plan: loaded.set.items.map((i) => i.id),
        items: [{ ...makeRecord().items[0]!, id: first!.id }],
      }),
      session(2),
    ];
    const plainStart = await startUntil(records, firstItem, true);
    expect(plainStart.screen).not.toMatch(offer);
    const resumed = await startUntil(records, new RegExp(second!.prompt), true, ['--resume']);
    expect(resumed.screen).not.toMatch(firstItem);
  });

  it('with none stopped and the index up to date, parses no history line before the first item', async () => {
    const records = Array.from({ length: 200 }, (_, n) => session(n));
    const cold = await startUntil(records, firstItem, false);
    // Without an index every line is read in full once, to build it.
    expect(cold.parsedBeforePrompt).toBeGreaterThanOrEqual(200);
    const warm = await startUntil(records, firstItem, true);
    expect(warm.parsedBeforePrompt).toBe(0);
    expect(warm.screen).not.toMatch(offer);
  });
});

describe('start --missed', () => {
  it('asks first the items missed last time, told from the index without a full read', async () => {
    const [right, wrong] = loaded.set.items;
    const result = (id: string, score: number) => ({ ...makeRecord().items[0]!, id, score });
    const records = Array.from({ length: 50 }, (_, n) =>
      session(n, { items: [result(right!.id, 1), result(wrong!.id, n === 48 ? 0 : 1)] }),
    );
    const { screen, parsedBeforePrompt } = await startUntil(
      records,
      new RegExp(wrong!.prompt),
      true,
      ['--missed'],
    );
    expect(screen).not.toContain(right!.prompt);
    expect(parsedBeforePrompt).toBe(0);
  });
});
