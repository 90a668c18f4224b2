// Finding 8: escape sequences (OSC 52 clipboard writes, CSI, C1 controls, bidi overrides, CR)
// and newlines planted in every field of a history record and of an answer sheet reach no
// terminal, through every command that prints them, in every format, with NO_COLOR too.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/session/record.js';
import { ROOT } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';
import { type Ran, runIn, tmpDir } from './in-process.js';

const ESCAPES =
  '\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u009b31m\u009d0;pwned\u009c\u202e\u2066\u200f\r';
/** A field value: visible words around every kind of escape, and a newline that would start a fake row. */
const evil = (word: string) => `${word}${ESCAPES}\nFAKE-ROW ${word}`;
/** C0 controls but newline, DEL, C1 controls, bidi controls. */
const CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Names are checked before use (`--user` refuses controls), so the planted user is plain. */
const USER = 'ana';

function expectClean(r: Ran, what: string): void {
  expect(r.stderr, `${what} (stderr)`).not.toMatch(/\n\s+at |unexpected error/);
  for (const [name, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    // CSV ends its records with CRLF; any other CR is a finding.
    const bad = text.split(/\r?\n/).filter((l) => CONTROL.test(l));
    expect(
      bad.map((l) => JSON.stringify(l)),
      `${what} (${name})`,
    ).toEqual([]);
  }
}

function hostileRecord(): SessionRecord {
  const item = makeRecord().items[0]!;
  return makeRecord({
    id: `rec${ESCAPES}\n0001`,
    user: USER,
    setId: evil('set'),
    setHash: evil('hash'),
    setTitle: evil('Title'),
    lang: evil('en') as 'en',
    startedAt: '2026-12-01T10:00:00.000Z',
    endedAt: '2026-12-01T10:05:00.000Z',
    plan: [evil('item')],
    items: [
      {
        ...item,
        id: evil('item'),
        kind: evil('kind') as 'choice',
        skill: evil('skill'),
        answer: evil('answer'),
        verdict: 'fail',
        score: 0,
        criteria: [
          { id: evil('crit'), label: evil('label'), met: false, weight: 1, detail: evil('detail') },
        ],
        forbidden: [
          {
            phrase: evil('phrase'),
            category: evil('cat'),
            span: { start: 0, end: 1 },
            suggestion: evil('sugg'),
          },
        ],
        scale: { total: 1, band: evil('band'), message: evil('msg') },
        regrade: { autoScore: 0, score: 0, note: evil('note'), at: evil('at'), by: evil('by') },
      },
    ],
    skills: { [evil('skill')]: { score: 0, max: 1 } },
    passed: false,
    score: 0,
  });
}

describe('a history record with escapes in every field', () => {
  const home = tmpDir('esc-home');
  const file = join(home, 'history.jsonl');
  writeFileSync(file, `${JSON.stringify(hostileRecord())}\n`, { mode: 0o600 });
  const env = { CS_DRILL_HOME: home };
  const run = (args: string[]) => runIn(args, { env, now: '2026-12-02T08:00:00Z' });

  it.each([
    [['history', '--user', USER]],
    [['history', '--user', USER, '--json']],
    [['history', 'show', 'rec', '--user', USER]],
    [['history', 'show', 'rec', '--user', USER, '--json']],
    [['stats', '--user', USER]],
    [['stats', '--user', USER, '--json']],
    [['review', '--user', USER]],
    [['review', '--user', USER, '--json']],
    [['export', '--format', 'csv', '--user', USER]],
    [['export', '--format', 'csv', '--items', '--user', USER]],
    [['export', '--format', 'json', '--user', USER]],
    [['export', '--format', 'jsonl', '--items', '--user', USER]],
    [['export', '--format', 'md', '--user', USER]],
    [['export', '--format', 'html', '--user', USER]],
    [['report', file]],
    [['report', file, '--format', 'md']],
    [['report', file, '--format', 'json']],
  ])('%j prints no control character and no payload', async (args) => {
    const r = await run(args);
    expectClean(r, args.join(' '));
    expect(r.stdout.length + r.stderr.length).toBeGreaterThan(0);
  });

  it('a newline in a set id or user does not print a fake row', async () => {
    for (const args of [
      ['history', '--user', USER],
      ['stats', '--user', USER],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/^\s*FAKE-ROW/m);
    }
    const table = await run(['history', '--user', USER]);
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('JSON keeps the data exact: the escapes are written as \\u escapes', async () => {
    const r = await run(['history', 'show', 'rec', '--user', USER, '--json']);
    expect((JSON.parse(r.stdout) as SessionRecord).setTitle).toBe(evil('Title'));
  });
});

describe('an answer sheet with escapes in every field (and in its file name)', () => {
  const dir = tmpDir('esc-sheet');
  const sheetFile = join(dir, `ana${ESCAPES}.json`);
  writeFileSync(
    sheetFile,
    JSON.stringify({
      sheet: 1,
      set: 'escapes',
      name: 'Ana',
      lang: 'en',
      hash: evil('hash'),
      answers: { pick: 'a', 'ask-it': evil('How can I help you today?') },
    }),
  );
  // A second sheet whose name and language carry the escapes: refused, and said cleanly.
  writeFileSync(
    join(dir, 'bo.json'),
    JSON.stringify({ sheet: 1, set: 'escapes', name: evil('Bo'), lang: evil('en'), answers: {} }),
  );
  const SET = join(ROOT, 'tests/fixtures/hostile/escapes/escape-set.yaml');
  const home = tmpDir('esc-sheet-home');

  it.each(['table', 'json', 'csv', 'jsonl', 'junit'])('assess --format %s', async (format) => {
    const r = await runIn(['assess', SET, '--answers', dir, '--format', format], {
      env: { CS_DRILL_HOME: home },
    });
    expectClean(r, format);
    expect(r.stdout).toContain('Ana');
    expect(r.stderr).toContain('bo.json');
  });

  it('recorded (into a home whose path carries the escapes), then listed and shown', async () => {
    const env = { CS_DRILL_HOME: join(home, evil('home')) };
    const rec = await runIn(['assess', SET, '--answers', dir, '--record'], { env });
    expectClean(rec, 'assess --record');
    expect(rec.stderr).toContain('recorded 1 session in');
    for (const args of [
      ['history', '--user', 'Ana'],
      ['stats', '--user', 'Ana'],
    ]) {
      const r = await runIn(args, { env });
      expectClean(r, args[0]!);
      expect(r.stdout).not.toMatch(/^\s*FAKE-ROW/m);
    }
  });
});
