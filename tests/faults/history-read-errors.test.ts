// Issue 19, findings 3 and 10 (history part), 13 (BOM): every read error of the history is a
// problem with a path and exit 2, never a crash (exit 70) or a hang; an overlong line is
// skipped and reported, not an uncaught RangeError.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../src/history/lines.js';
import { readHistory } from '../../src/history/store.js';
import { runInProcess } from '../commands/assess-helpers.js';
import { makeRecord } from '../helpers/records.js';

const READERS = [
  ['list'],
  ['history'],
  ['history', 'show', 'abc'],
  ['stats'],
  ['export', '--format', 'csv'],
  ['review', '--due'],
  ['regrade', 'abcdef', 'a', '1'],
];

function homeWith(make: (file: string) => void): string {
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-readerr-'));
  make(join(home, 'history.jsonl'));
  return home;
}

describe('finding 3: a history that cannot be read', () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    [
      'a directory',
      (f) => mkdirSync(f),
      /history\.jsonl: cannot read the history: it is a directory/,
    ],
    [
      'a FIFO (it would hang a reader forever)',
      (f) => expect(spawnSync('mkfifo', [f]).status).toBe(0),
      /history\.jsonl: cannot read the history: it is a FIFO/,
    ],
  ];
  for (const [what, make, message] of cases)
    it(`is ${what}: every reading command says so with the path and exits 2`, async () => {
      const home = homeWith(make);
      for (const args of READERS) {
        const r = await runInProcess(args, { home });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
      }
    });
});

describe('finding 10: a line longer than the cap', () => {
  it('is skipped and reported with its number; the sessions around it are read', async () => {
    const home = homeWith((file) => {
      const fd = openSync(file, 'w', 0o600);
      writeSync(fd, `${JSON.stringify(makeRecord({ id: 'before', user: 'trainer' }))}\n`);
      // One byte over the cap, written in pieces: the reader must never hold it whole.
      const piece = Buffer.alloc(1 << 20, 0x61);
      writeSync(fd, '{"x":"');
      for (let n = 0; n <= MAX_LINE_BYTES; n += piece.length) writeSync(fd, piece);
      writeSync(fd, '"}\n');
      writeSync(fd, `${JSON.stringify(makeRecord({ id: 'after', user: 'trainer' }))}\n`);
      closeSync(fd);
    });
    const { records, problems } = await readHistory(join(home, 'history.jsonl'));
    expect(records.map((r) => r.id)).toEqual(['before', 'after']);
    expect(problems).toMatchObject([{ code: 'history-damaged', line: 2 }]);
    expect(problems[0]!.message).toMatch(/longer than 16 MB/);
    const r = await runInProcess(['history', '--json'], { home });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/history\.jsonl:2: longer than 16 MB/);
  }, 30_000);
});

describe('finding 13: a byte order mark on the first line', () => {
  it('is read past, not reported as damage', async () => {
    const home = homeWith((file) => {
      const fd = openSync(file, 'w', 0o600);
      writeSync(fd, `\uFEFF${JSON.stringify(makeRecord({ id: 'bom' }))}\r\n`);
      closeSync(fd);
    });
    const { records, problems } = await readHistory(join(home, 'history.jsonl'));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['bom']);
  });
});

describe('finding 10: a FIFO as the history, when saving', () => {
  it('is refused at once (no hang): the session goes to a fallback file', async () => {
    const home = homeWith((f) => expect(spawnSync('mkfifo', [f]).status).toBe(0));
    const { saveSession } = await import('../../src/history/save-session.js');
    const outcome = saveSession(
      join(home, 'history.jsonl'),
      makeRecord({ id: `fifo-${process.pid}` }),
    );
    expect(outcome).toMatchObject({ saved: 'fallback' });
    if (outcome.saved === 'fallback') expect(outcome.reason[0]?.message).toMatch(/is a FIFO/);
  });
});
