// Finding 12: --resume after the set changed would score the rest of a new set on top of answers
// scored against the old one (a trainee passed on the one remaining item). It is refused.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { fixturePath, loadFixtureSet } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';
import { runIn, tmpDir } from './in-process.js';

describe('start --resume', () => {
  it('refuses a session stopped on another version of the set, naming both versions', async () => {
    const loaded = loadFixtureSet();
    const home = tmpDir('resume');
    const stopped = makeRecord({
      id: 'stopped-1',
      user: 'ana',
      setId: loaded.set.id,
      setHash: 'feedc0de00000000',
      status: 'aborted',
      plan: loaded.set.items.map((i) => i.id),
      items: [],
      score: 0,
      max: 0,
      passed: false,
      skills: {},
    });
    writeFileSync(join(home, 'history.jsonl'), `${JSON.stringify(stopped)}\n`, { mode: 0o600 });
    const r = await runIn(
      ['start', fixturePath('drills/good-set.yaml'), '--resume', '--user', 'ana'],
      {
        env: { CS_DRILL_HOME: home },
        tty: true,
      },
    );
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toContain(
      `set "sample" has changed since that session was stopped (version feedc0de, now ${loaded.hash.slice(0, 8)})`,
    );
    expect(r.stderr).toContain('start afresh with `cs-drill start sample`');
  });
});
