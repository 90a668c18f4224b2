// After `cs-drill regrade`, every view of the session shows the trainer's score, the note, who
// and when, beside the judge's automatic score.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess as runLine } from '../helpers/cli.js';
import { tmpHomeDir } from './assess-helpers.js';

// The set is found by id (CS_DRILL_PATH), as a trainer's own sets are: history show and report
// then know its items.
const SET = 'sample';
const SETS = mkdtempSync(join(tmpdir(), 'cs-drill-regrade-sets-'));
copyFileSync('tests/fixtures/drills/good-set.yaml', join(SETS, 'good-set.yaml'));

async function runInProcess(args: string[], opts: { home: string }) {
  return runLine(args, {
    env: { CS_DRILL_HOME: opts.home, USER: 'trainer', CS_DRILL_PATH: SETS },
  });
}
const CLASS = 'tests/fixtures/sheets/class';
const NOTE = 'accepted on appeal: "worried" was implied';

let home = '';
let bo = '';

beforeAll(async () => {
  home = tmpHomeDir();
  const r = await runInProcess(
    ['assess', SET, '--answers', `${CLASS}/bo.json`, '--record', '--format', 'json'],
    { home },
  );
  await runInProcess(['assess', SET, '--answers', `${CLASS}/ana.yaml`, '--record'], { home });
  bo = JSON.parse(r.stdout).trainees[0].session_id;
  const g = await runInProcess(['regrade', bo, 'pick-one', '1', '--note', NOTE], { home });
  expect(g.code).toBe(0);
});

describe('regrades everywhere', () => {
  it('history show: the judge lines are labelled automatic, then the regrade with note, who, when', async () => {
    const r = await runInProcess(['history', 'show', bo.slice(0, 8)], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("The judge's automatic verdict, before the regrade:");
    expect(r.stdout).toMatch(
      /✎ Regraded by trainer on .+: automatic 0 → trainer's 1 of 1 — “accepted on appeal/,
    );
    const zh = await runInProcess(['history', 'show', bo.slice(0, 8), '--lang', 'zh'], { home });
    expect(zh.stdout).toMatch(
      /✎ trainer 于 .+ 改分：自动评分 0 → 培训师评分 1（满分 1），备注：“accepted/,
    );
  });

  it('export: sessions and --items in CSV and JSON carry the automatic score and the regrade', async () => {
    const items = await runInProcess(['export', '--items', '--format', 'json', '--user', 'Bo'], {
      home,
    });
    const pick = JSON.parse(items.stdout).find((i: { item: string }) => i.item === 'pick-one');
    expect(pick).toMatchObject({
      score: 1,
      auto_score: 0,
      regraded: true,
      regraded_by: 'trainer',
      regrade_note: NOTE,
    });
    expect(pick.regraded_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const csv = await runInProcess(['export', '--items', '--format', 'csv', '--user', 'Bo'], {
      home,
    });
    expect(csv.stdout.split('\r\n')[0]).toMatch(
      /,auto_score,regraded,regraded_by,regraded_at,regrade_note$/,
    );
    expect(csv.stdout).toContain('"accepted on appeal: ""worried"" was implied"');
    const sessions = await runInProcess(['export', '--format', 'json', '--user', 'Bo'], { home });
    expect(JSON.parse(sessions.stdout)[0]).toMatchObject({ auto_score: 1.67, regraded_items: 1 });
  });

  it('the HTML report lists the regrade with both scores and the note', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cs-drill-regrades-html-')), 'r.html');
    await runInProcess(['export', '--format', 'html', '--user', 'Bo', '--out', out], { home });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2>Trainers&#39; regrades</h2>');
    expect(html).toContain('<td class="n">0/1</td><td class="n">1/1</td><td>trainer</td>');
    expect(html).toContain('accepted on appeal: &quot;worried&quot; was implied');
    expect(html).toContain('1 regraded');
  });

  it('report: the regrade table, a warning for a class under 10, no correlations under 5, the keyed option marked', async () => {
    const r = await runInProcess(['report', join(home, 'history.jsonl')], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '⚠ Only 2 attempts: with fewer than 10 these figures are unstable; discrimination, efficiency and alpha are not shown below 5.',
    );
    expect(r.stdout).toMatch(/Cronbach's alpha –/);
    expect(r.stdout).toMatch(/pick-one: a 1 \(50%\), ✓b 1 \(50%\)/);
    expect(r.stdout).toMatch(/pick-many: ✓a 2 \(100%\), b 0 \(0%\), ✓c 1 \(50%\), d 0 \(0%\)/);
    expect(r.stdout).toContain("Trainers' regrades:");
    expect(r.stdout).toMatch(
      /pick-one\s+Bo\s+0\/1\s+1\/1\s+trainer\s+\S+ \S+\s+accepted on appeal/,
    );
    const json = JSON.parse(
      (await runInProcess(['report', join(home, 'history.jsonl'), '--format', 'json'], { home }))
        .stdout,
    );
    expect(json).toMatchObject({ small_class: true, alpha: null, keyed: { 'pick-one': ['b'] } });
    expect(json.regrades).toMatchObject([
      { item: 'pick-one', auto_score: 0, score: 1, note: NOTE },
    ]);
    expect(json.items[0].discrimination).toBeNull();
  });
});
