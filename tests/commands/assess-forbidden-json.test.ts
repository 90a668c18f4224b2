// assess --format json names each forbidden phrase by the trainee's own words, as check does,
// beside the list entry it matched.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

it("carries the trainee's words and the act of each forbidden phrase", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-forbidden-json-'));
  writeFileSync(
    join(dir, 'ana.yaml'),
    'sheet: 1\nset: e2e-sample\nname: Ana\nanswers:\n  restate: "Your router has been down since Monday. Just calm yourself down, okay? Is that right?"\n',
  );
  const { code, stdout } = await runInProcess(
    ['assess', fixturePath('drills/e2e-set.yaml'), '--answers', dir, '--format', 'json'],
    { env: { CS_DRILL_WORKERS: '0' } },
  );
  expect(code).toBe(1);
  const items = (
    JSON.parse(stdout) as {
      trainees: {
        items: {
          id: string;
          forbidden: { phrase: string; said: string; act?: string; suggestion: string }[];
        }[];
      }[];
    }
  ).trainees[0]!.items;
  const forbidden = items.find((i) => i.id === 'restate')!.forbidden;
  expect(forbidden).toHaveLength(1);
  expect(forbidden[0]!.said).toMatch(/calm yourself down/i);
  expect(forbidden[0]!.phrase).not.toBe(forbidden[0]!.said);
  expect(forbidden[0]!.act).toBe('dismissal');
  expect(forbidden[0]!.suggestion.length).toBeGreaterThan(0);
});
