// The history index: summaries equal to those of the full read, whatever state the index is in,
// and the work bounded — a read parses only the history lines the index does not yet hold.
import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { dataOwner } from '../../src/history/location.js';
import { appendRegrade } from '../../src/history/regrades.js';
import { appendRecord, readHistory } from '../../src/history/store.js';
import { summaryOf } from '../../src/history/summary.js';
import { type IndexWork, indexFileFor, streamSummaries } from '../../src/history/summary-index.js';
import { anaRecords } from '../fixtures/history/ana.js';
import { makeRecord } from '../helpers/records.js';

const who = dataOwner(process.env);

function historyOf(n: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-index-')), 'history.jsonl');
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify(makeRecord({ id: `s${i}`, score: i % 2, passed: i % 2 === 1 })),
  );
  writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
  return file;
}

async function summaries(file: string) {
  const problems: Problem[] = [];
  const work: IndexWork = { parsed: 0 };
  const all = [];
  for await (const s of streamSummaries(file, problems, who, work)) all.push(s);
  return { all, problems, parsed: work.parsed };
}

/** What the full read says, as summaries: the index must say the same. */
async function truth(file: string) {
  const { records, problems } = await readHistory(file, () => true, who);
  return { all: records.map(summaryOf), problems };
}

describe('history index', () => {
  it('is built on the first read, then read instead of the history', async () => {
    const file = historyOf(50);
    const first = await summaries(file);
    expect(first.parsed).toBe(50);
    expect(first.all).toEqual((await truth(file)).all);
    expect(statSync(indexFileFor(file)).mode & 0o777).toBe(0o600);
    const second = await summaries(file);
    expect(second.parsed).toBe(0);
    expect(second.all).toEqual(first.all);
  });

  it('parses only what was appended since, however long the history (n and 10n)', async () => {
    for (const n of [20, 200]) {
      const file = historyOf(n);
      await summaries(file);
      appendRecord(file, makeRecord({ id: 'new-1' }), who);
      appendRecord(file, makeRecord({ id: 'new-2' }), who);
      const next = await summaries(file);
      expect(next.parsed).toBe(2);
      expect(next.all.map((s) => s.id).slice(-3)).toEqual([`s${n - 1}`, 'new-1', 'new-2']);
      expect((await summaries(file)).parsed).toBe(0);
    }
  });

  it('gives the full read’s summaries for a mixed history (scales, reviews, stopped sessions)', async () => {
    const file = historyOf(0);
    writeFileSync(
      file,
      `${anaRecords()
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
    );
    await summaries(file);
    const fromIndex = await summaries(file);
    expect(fromIndex.parsed).toBe(0);
    expect(fromIndex.all).toEqual((await truth(file)).all);
    expect(fromIndex.all.some((s) => s.items.some((i) => i.ratings !== undefined))).toBe(true);
  });

  it('reports damaged and newer lines with their numbers, from the index as from the history', async () => {
    const file = historyOf(3);
    appendFileSync(file, '{"schema":1,"id":"torn"\n\n');
    appendFileSync(file, `${JSON.stringify({ ...makeRecord({ id: 'future' }), schema: 99 })}\n`);
    appendRecord(file, makeRecord({ id: 'after' }), who);
    const expected = (await truth(file)).problems;
    expect(expected.map((p) => p.line)).toEqual([4, 6]);
    expect((await summaries(file)).problems).toEqual(expected);
    const again = await summaries(file);
    expect(again.parsed).toBe(0);
    expect(again.problems).toEqual(expected);
    expect(again.all.map((s) => s.id)).toEqual(['s0', 's1', 's2', 'after']);
  });

  it('leaves a torn last line out of the index until it is whole', async () => {
    const file = historyOf(3);
    appendFileSync(file, '{"schema":1,"id":"cut sh');
    const torn = await summaries(file);
    expect(torn.problems).toHaveLength(1);
    appendRecord(file, makeRecord({ id: 'b' }), who);
    const next = await summaries(file);
    expect(next.all.map((s) => s.id)).toEqual(['s0', 's1', 's2', 'b']);
    expect(next.problems).toEqual((await truth(file)).problems);
    expect(next.parsed).toBe(2);
  });

  it('is rebuilt when damaged, and gives the same summaries', async () => {
    const file = historyOf(30);
    const built = await summaries(file);
    const index = indexFileFor(file);
    const text = readFileSync(index, 'utf8');
    // Cut in the middle of an entry: the entries before it are kept, the rest parsed again.
    writeFileSync(index, text.slice(0, Math.floor(text.length * 0.6)));
    const cut = await summaries(file);
    expect(cut.all).toEqual(built.all);
    expect(cut.parsed).toBeGreaterThan(0);
    expect(cut.parsed).toBeLessThan(30);
    expect((await summaries(file)).parsed).toBe(0);
    // A damaged header: rebuilt from the start.
    writeFileSync(index, `garbage${readFileSync(index, 'utf8').slice(7)}`);
    const rebuilt = await summaries(file);
    expect(rebuilt.parsed).toBe(30);
    expect(rebuilt.all).toEqual(built.all);
    // Garbage after the last entry.
    appendFileSync(index, '[1,2,"x"\n');
    const tail = await summaries(file);
    expect(tail.all).toEqual(built.all);
    expect((await summaries(file)).parsed).toBe(0);
  });

  it('is rebuilt when the history is replaced or its last line changed (stale)', async () => {
    const file = historyOf(10);
    await summaries(file);
    // Replaced through a rename, as merge does: another file, even with the same lines.
    const other = historyOf(10);
    appendRecord(other, makeRecord({ id: 'merged' }), who);
    renameSync(other, file);
    const replaced = await summaries(file);
    expect(replaced.parsed).toBe(11);
    expect(replaced.all.at(-1)?.id).toBe('merged');
    // Edited in place, same size: the last line's hash no longer matches.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"id":"merged"', '"id":"mergeD"'));
    const edited = await summaries(file);
    expect(edited.parsed).toBe(11);
    expect(edited.all.at(-1)?.id).toBe('mergeD');
    // Cut short: the index covers more than the file holds.
    writeFileSync(file, text.split('\n').slice(0, 4).join('\n').concat('\n'));
    const shorter = await summaries(file);
    expect(shorter.all.map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3']);
  });

  it('applies trainers’ regrades, reading only the regraded sessions in full', async () => {
    const file = historyOf(20);
    await summaries(file);
    appendRegrade(
      join(file, '..', 'regrades.jsonl'),
      {
        schema: 1,
        sessionId: 's4',
        itemId: 'a',
        score: 1,
        note: 'fair',
        at: '2026-11-25T10:00:00.000Z',
        by: 'trainer',
      },
      who,
    );
    const read = await summaries(file);
    expect(read.parsed).toBe(1);
    expect(read.all).toEqual((await truth(file)).all);
    expect(read.all.find((s) => s.id === 's4')?.score).toBe(1);
  });

  it('an empty or missing history has no summaries', async () => {
    const file = historyOf(0);
    expect((await summaries(file)).all).toEqual([]);
    appendRecord(file, makeRecord({ id: 'first' }), who);
    expect((await summaries(file)).all.map((s) => s.id)).toEqual(['first']);
    expect((await summaries(join(file, '..', 'none.jsonl'))).all).toEqual([]);
  });
});
