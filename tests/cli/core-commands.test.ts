import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess, tmpHome } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

describe('the built binary', () => {
  it('prints its version (bin/cs-drill.cjs answers it alone) and help with examples', async () => {
    const v = await runCli(['--version']);
    expect(v).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('start');
    const startHelp = await runCli(['start', '--help']);
    expect(startHelp.stdout).toContain('cs-drill start listening');
  });
});

// Behaviour, in process: run(argv, ctx) with captured streams and a private home.
describe('cs-drill commands', () => {
  it('lists the bundled sets, as a table and as JSON', async () => {
    const table = await runInProcess(['list']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^SET\s+TITLE\s+LANG\s+ITEMS/);
    expect(table.stdout).toContain('listening');
    const json = await runInProcess(['list', '--json']);
    const sets = JSON.parse(json.stdout) as { id: string; langs: string[]; items: number }[];
    const listening = sets.find((s) => s.id === 'listening');
    expect(listening?.langs.sort()).toEqual(['en', 'zh-Hans']);
    expect(listening?.items).toBeGreaterThanOrEqual(12);
  });

  it("includes a trainer's sets from --drills and CS_DRILL_PATH", async () => {
    const dir = fixturePath('drills');
    const viaFlag = JSON.parse(
      (await runInProcess(['list', '--json', '--drills', dir])).stdout,
    ) as {
      id: string;
    }[];
    expect(viaFlag.map((s) => s.id)).toContain('sample');
    const viaEnv = await runInProcess(['list', '--json'], { env: { CS_DRILL_PATH: dir } });
    expect(JSON.parse(viaEnv.stdout).map((s: { id: string }) => s.id)).toContain('sample');
    expect(viaEnv.stderr).toMatch(/broken-set\.yaml:8:1: unknown key "colour"/);
  });

  it('validates in one pass: every problem of a file as file:line:col, the sound items checked beside the broken ones, exit 1', async () => {
    const good = await runInProcess(['validate', fixturePath('drills/good-set.yaml')]);
    expect(good.code).toBe(0);
    const bad = await runInProcess(['validate', 'tests/fixtures/drills/broken-set.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stdout.split('\n').filter(Boolean)).toEqual([
      'tests/fixtures/drills/broken-set.yaml:8:1: unknown key "colour" (check the spelling; `cs-drill schema` lists every key)',
      'tests/fixtures/drills/broken-set.yaml:16:13: item "one": answer "c" is not one of a, b',
      'tests/fixtures/drills/broken-set.yaml:18:9: item id "one" is used twice (first on line 10) (give every item its own id)',
      'tests/fixtures/drills/broken-set.yaml:23:16: item "one": options key "a" is used twice',
      expect.stringMatching(
        /^tests\/fixtures\/drills\/broken-set\.yaml:27:11: item "three"\.kind: unknown kind "guess"/,
      ),
      expect.stringMatching(
        /^tests\/fixtures\/drills\/broken-set\.yaml:31:11: paraphrase item "four" has no criteria/,
      ),
      expect.stringMatching(
        /^tests\/fixtures\/drills\/broken-set\.yaml:34:19: item "four": the model answer scores 0\/1/,
      ),
      'tests/fixtures/drills/broken-set.yaml:36:5: item "five": missing required key "explanation"',
      expect.stringMatching(
        /^tests\/fixtures\/drills\/broken-set\.yaml:38:13: item "five"\.prompt: /,
      ),
    ]);
    const json = JSON.parse(
      (await runInProcess(['validate', '--json', 'tests/fixtures/drills/broken-set.yaml'])).stdout,
    );
    expect(json.problems.map((p: { code: string }) => p.code)).toEqual([
      'unknown-key',
      'unknown-answer',
      'duplicate-id',
      'duplicate-key',
      'unknown-kind',
      'empty-rubric',
      'model-answer-score',
      'missing-key',
      'invalid-value',
    ]);
  });

  it('validates the bundled drill library', async () => {
    const r = await runInProcess(['validate', 'drills']);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('answers bad input with a message and exit 2, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['start', 'nope'], /there is no drill set "nope"/],
      [['start', 'listenin'], /did you mean "listening"/],
      [['start', '../x'], /no drill file at "\.\.\/x"/],
      [['start', 'listening', '--limit', '0'], /expected a whole number of 1 or more/],
      [['validate', 'no/such/file.yaml'], /no such file or directory/],
      [['frobnicate'], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses huge and hostile drill files clearly', async () => {
    const dir = tmpHome();
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024); // sparse: the size alone must refuse it
    const r = await runInProcess(['validate', big]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/big\.yaml: file is too large \(50\.0 MB; the limit is 5 MB\)/);
  });

  it('start without a terminal points to the batch command', async () => {
    const r = await runInProcess(['start', 'listening']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a terminal/);
    expect(r.stderr).toMatch(/cs-drill assess listening --answers/);
  });

  it('prints the JSON Schema of drill files, matching the published copy', async () => {
    const r = await runInProcess(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.items.type).toBe('array');
    expect(
      JSON.parse(
        readFileSync(new URL('../../schema/drill-set.schema.json', import.meta.url), 'utf8'),
      ),
    ).toEqual(schema);
  });
});

describe('a damaged history', () => {
  it('list still works and names the damaged line', async () => {
    const home = tmpHome();
    const { appendRecord } = await import('../../src/history/store.js');
    const { makeRecord } = await import('../helpers/records.js');
    const file = join(home, 'history.jsonl');
    // Runs over the whole set (a subset's score does not stand for the set).
    const sets = JSON.parse((await runInProcess(['list', '--json'])).stdout) as {
      id: string;
      items: number;
    }[];
    const size = sets.find((s) => s.id === 'listening')!.items;
    const plan = Array.from({ length: size }, (_, i) => `item-${i}`);
    appendRecord(
      file,
      makeRecord({ id: 'a', user: 'tester', setId: 'listening', score: 1, max: 2, plan }),
    );
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"schema":1,"id":"torn\n`);
    appendRecord(
      file,
      makeRecord({ id: 'b', user: 'tester', setId: 'listening', score: 2, max: 2, plan }),
    );
    const r = await runInProcess(['list', '--json'], { env: { CS_DRILL_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/history\.jsonl:2: not valid JSON/);
    const listening = (JSON.parse(r.stdout) as { id: string; last: number; best: number }[]).find(
      (s) => s.id === 'listening',
    );
    expect(listening).toMatchObject({ last: 100, best: 100 });
  });
});

it('list --tags shows every tag of every set, wrapped rather than cut', async () => {
  const r = await runInProcess(['list', '--tags'], { env: { COLUMNS: '60' } });
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain('…');
  const sets = JSON.parse((await runInProcess(['list', '--json'])).stdout) as {
    id: string;
    tags: string[];
  }[];
  for (const tag of sets.flatMap((s) => s.tags)) expect(r.stdout).toContain(tag);
});
