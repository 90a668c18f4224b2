// The history reader on random lines and damaged files: records or problems with line numbers,
// never a throw — and every record it lets through is one that history, show, stats and export
// can print without an unexpected error.
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportHistory } from '../../src/commands/progress/export.js';
import { history, historyShow } from '../../src/commands/progress/history.js';
import { stats } from '../../src/commands/progress/stats.js';
import { CliError } from '../../src/errors.js';
import { parseRecordLine } from '../../src/history/parse-record.js';
import { readHistory } from '../../src/history/store.js';
import { historyContext } from '../commands/history-context.js';
import { anaRecords } from '../fixtures/history/ana.js';
import { check, nastyText, RUNS, reportCounts, TIMEOUT } from './fuzz-kit.js';

reportCounts('history');

const RECORDS = anaRecords();

/** Every path to a value inside a JSON value. */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(k) : k];
    out.push(path);
    pathsOf(v, path, out);
  }
  return out;
}

const wrongValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    1e308,
    -1e308,
    true,
    '',
    'x',
    [],
    {},
    [null],
    { a: 1 },
    'NaN',
    '2026-13-45',
    2,
  ),
  nastyText(20),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => '\u001b[31m'.repeat(n / 5)),
  fc.jsonValue({ maxDepth: 3 }),
);

type Damage =
  | { op: 'field'; record: number; at: number; del: boolean; value: unknown }
  | { op: 'proto'; record: number; key: string }
  | { op: 'cut'; record: number; at: number }
  | { op: 'line'; record: number; text: string };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('field' as const),
      record: fc.nat(),
      at: fc.nat(),
      del: fc.boolean(),
      value: wrongValue,
    }),
  },
  fc.record({
    op: fc.constant('proto' as const),
    record: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
  fc.record({ op: fc.constant('cut' as const), record: fc.nat(), at: fc.nat() }),
  fc.record({
    op: fc.constant('line' as const),
    record: fc.nat(),
    text: fc.oneof(nastyText(60), fc.json({ maxDepth: 3 })),
  }),
);

/** The fixture history as lines, with each damage applied to one record or line. */
function damagedLines(damages: readonly Damage[]): string[] {
  const lines = RECORDS.map((r) => JSON.stringify(r));
  for (const d of damages) {
    const i = d.record % lines.length;
    if (d.op === 'cut') lines[i] = lines[i]!.slice(0, d.at % lines[i]!.length);
    else if (d.op === 'line') lines.splice(i, 0, d.text);
    else {
      let value: unknown;
      try {
        value = JSON.parse(lines[i]!);
      } catch {
        continue;
      }
      if (d.op === 'proto') {
        lines[i] = lines[i]!.replace(/^\{/, `{"${d.key}":{"polluted":true,"schema":9},`);
        continue;
      }
      const paths = pathsOf(value);
      const path = paths[d.at % Math.max(1, paths.length)];
      if (!path) continue;
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], value) as Record<
        string | number,
        unknown
      >;
      const key = path.at(-1)!;
      if (d.del) {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      } else parent[key] = d.value;
      lines[i] = JSON.stringify(value);
    }
  }
  return lines;
}

/** A command either prints or refuses with a CliError; anything else is the bug we look for. */
async function expectNoUnexpectedError(run: () => Promise<number>): Promise<void> {
  try {
    expect([0, 1, 2]).toContain(await run());
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
  }
}

describe('history reader under random input', () => {
  it(
    'parseRecordLine on random lines and random JSON',
    () => {
      check('history: random line', fc.oneof(nastyText(200), fc.json({ maxDepth: 4 })), (line) => {
        const r = parseRecordLine(line);
        if (!r.ok) {
          expect(['damaged', 'newer-schema']).toContain(r.reason);
          expect(r.message.length).toBeGreaterThan(0);
        }
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'readHistory on damaged files: records plus one problem per bad line, with its line number',
    async () => {
      const cases: string[][] = [];
      check('history: damaged file', fc.array(damage, { minLength: 1, maxLength: 4 }), (ds) => {
        cases.push(damagedLines(ds));
      });
      for (let lines of cases) {
        const text = `${lines.join('\n')}\n`;
        const t = historyContext({ history: text });
        const read = await readHistory(t.file);
        // Lines as the reader cuts them (at \n, a CR before it dropped): inserted random lines
        // may hold \r or \n of their own.
        lines = text.split(/\r?\n/).slice(0, -1);
        const bad = lines.flatMap((l, i) =>
          l.trim() !== '' && !parseRecordLine(l).ok ? [i + 1] : [],
        );
        expect(read.problems.map((p) => p.line)).toEqual(bad);
        for (const p of read.problems) {
          expect(p.code).toMatch(/^history-(damaged|newer)$/);
          expect(p.file).toBe(t.file);
        }
        expect(read.records.length + bad.length).toBe(lines.filter((l) => l.trim() !== '').length);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'raw byte damage: invalid UTF-8, NUL, CR, a torn last line',
    async () => {
      const clean = Buffer.from(`${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
      const files: Buffer[] = [];
      check(
        'history: byte damage',
        fc.tuple(fc.uint8Array({ maxLength: 200 }), fc.nat(), fc.boolean()),
        ([bytes, at, torn]) => {
          const cut = at % clean.length;
          files.push(
            Buffer.concat([
              clean.subarray(0, cut),
              bytes,
              torn ? Buffer.alloc(0) : clean.subarray(cut),
            ]),
          );
        },
        Math.round(RUNS / 3),
      );
      for (const bytes of files) {
        const t = historyContext();
        writeFileSync(t.file, bytes);
        const read = await readHistory(t.file);
        for (const p of read.problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }
    },
    TIMEOUT,
  );

  it(
    'history, history show, stats and export print whatever the reader lets through',
    async () => {
      const cases: string[][] = [];
      check(
        'history: commands on a damaged file',
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        (ds) => {
          cases.push(damagedLines(ds));
        },
        Math.max(10, Math.round(RUNS / 3)),
      );
      for (const lines of cases) {
        const text = `${lines.join('\n')}\n`;
        const ids = lines.flatMap((l) => {
          const r = parseRecordLine(l);
          return r.ok ? [r.record.id] : [];
        });
        await expectNoUnexpectedError(() => history(historyContext({ history: text }).ctx, {}));
        await expectNoUnexpectedError(() => stats(historyContext({ history: text }).ctx, {}));
        await expectNoUnexpectedError(() =>
          exportHistory(historyContext({ history: text }).ctx, { format: 'csv', items: true }),
        );
        await expectNoUnexpectedError(() =>
          exportHistory(historyContext({ history: text }).ctx, { format: 'md' }),
        );
        for (const id of ids.slice(0, 3))
          await expectNoUnexpectedError(() =>
            historyShow(historyContext({ history: text }).ctx, String(id), {}),
          );
      }
    },
    TIMEOUT,
  );
});
