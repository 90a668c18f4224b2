// The class gradebook from a recorded class: one row per trainee (names without case), a column
// per item, totals, review counts and pass/fail; as a table, CSV with Chinese names, Markdown, HTML.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browse, chromium, consoleLines } from '../helpers/chromium.js';
import { runInProcess as runLine } from '../helpers/cli.js';
import { tmpHomeDir } from './assess-helpers.js';

const SETS = mkdtempSync(join(tmpdir(), 'cs-drill-gradebook-sets-'));
copyFileSync('tests/fixtures/drills/good-set.yaml', join(SETS, 'good-set.yaml'));
let home = '';

const run = (args: string[]) =>
  runLine(args, { env: { CS_DRILL_HOME: home, USER: 'trainer', CS_DRILL_PATH: SETS } });

function sheet(name: string, pickOne: string): string {
  return `set: sample\nname: ${name}\nanswers:\n  pick-one: ${pickOne}\n  pick-many: [a, c]\n  steps: [why, ask, time, thank]\n  sort: [fact, feeling, fact]\n`;
}

beforeAll(async () => {
  home = tmpHomeDir();
  const dir = join(mkdtempSync(join(tmpdir(), 'cs-drill-gradebook-')), 'class');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.yaml'), sheet('Ana', 'b'));
  writeFileSync(join(dir, 'b.yaml'), sheet('Bo Chen', 'a'));
  writeFileSync(join(dir, 'c.yaml'), sheet('蔡文', 'b'));
  expect((await run(['assess', 'sample', '--answers', dir, '--record'])).stderr).toContain(
    'recorded 3 sessions',
  );
  // Bo hands in again, his name written in lower case: one trainee, his newest session counts.
  writeFileSync(join(dir, 'b.yaml'), sheet('bo chen', 'b'));
  await run(['assess', 'sample', '--answers', join(dir, 'b.yaml'), '--record']);
});

describe('cs-drill gradebook', () => {
  it('one row per trainee, a column per item, totals, review and pass/fail in the terminal', async () => {
    const r = await run(['gradebook', '--set', 'sample']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Gradebook — sample: 3 trainees (newest completed session of each set)');
    expect(lines[1]).toMatch(
      /^TRAINEE\s+pick-one \/1\s+pick-many \/2\s+steps \/1\s+sort \/1\s+TOTAL/,
    );
    expect(r.stdout).toMatch(/\nbo chen\s+1\s+2\s+1\s+1\s+5\/5\s+100%\s+0\s+passed\s+2\n/);
    expect(r.stdout).toMatch(/\nAna\s+1\s+2\s+1\s+1\s+5\/5/);
    expect(r.stdout).not.toMatch(/Bo Chen/);
  });

  it('CSV with a byte-order mark keeps Chinese names; one row per trainee', async () => {
    const r = await run(['gradebook', '--format', 'csv', '--bom']);
    expect(
      r.stdout.startsWith(
        '\uFEFFtrainee,pick-one,pick-many,steps,sort,score,max,percent,needs_review,passed,sessions\r\n',
      ),
    ).toBe(true);
    const rows = r.stdout.slice(1).trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows).toContain('蔡文,1,2,1,1,5,5,100,0,true,1');
    expect(Buffer.from(r.stdout, 'utf8').includes(Buffer.from('蔡文', 'utf8'))).toBe(true);
  });

  it('by set, Markdown, and in Chinese', async () => {
    const bySet = await run(['gradebook', '--by', 'set', '--format', 'md']);
    expect(bySet.stdout.split('\n')[0]).toBe(
      '| TRAINEE | sample | TOTAL | % | REVIEW | RESULT | SESSIONS |',
    );
    const zh = await run(['gradebook', '--lang', 'zh']);
    expect(zh.stdout).toContain('成绩册：sample：3 位学员');
    expect(zh.stdout).toMatch(/学员\s+pick-one/);
    expect(zh.stdout).toContain('通过');
  });

  it.skipIf(!chromium)(
    'HTML renders in headless Chromium with nothing on the console',
    async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-gradebook-html-')), 'g.html');
      const made = await run(['gradebook', '--format', 'html', '--out', file]);
      expect(made.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('<th scope="row">蔡文</th>');
      const r = browse(['--enable-logging=stderr', '--v=0', '--dump-dom'], file);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/<th scope="row">bo chen<\/th><td class="n">1<\/td>/);
      expect(r.stdout).toContain('<th scope="row">蔡文</th>');
      expect(consoleLines(r.stderr)).toEqual([]);
    },
  );
});
