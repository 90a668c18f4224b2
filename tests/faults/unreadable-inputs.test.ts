// Issue 19, finding 5: one unreadable sheet, or an unreadable folder among the drill sets
// (a lost+found), is reported and skipped; the rest of the class is scored, the rest loads.
// Permissions do not stop root: as root the commands run as an unprivileged user (nobody).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { canRunAs, isRoot } from '../helpers/unprivileged.js';

const NOBODY = 65534;
// As root, only as nobody do permissions hold: skipped where nobody cannot reach the checkout.
const usable = !isRoot || canRunAs(NOBODY);

/** A directory the command's user can use: world-readable, or owned by nobody when it must be written. */
function dir(writable = false): string {
  const d = mkdtempSync(join(tmpdir(), 'cs-drill-unreadable-'));
  chmodSync(d, 0o755);
  if (writable && isRoot) chownSync(d, NOBODY, NOBODY);
  return d;
}

function run(args: string[], home: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', CS_DRILL_HOME: home, HOME: home, USER: 'trainer' },
    encoding: 'utf8',
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
}

describe.skipIf(!usable)('finding 5: unreadable inputs are reported, the rest goes on', () => {
  it('assess on a class with one unreadable sheet scores and records the others', () => {
    const home = dir(true);
    const cls = dir();
    const sheet = readFileSync(fixturePath('sheets/class/ana.yaml'), 'utf8');
    writeFileSync(join(cls, 'ana.yaml'), sheet);
    writeFileSync(join(cls, 'bo.yaml'), sheet.replace('"Ana"', '"Bo"'), { mode: 0o000 });
    chmodSync(join(cls, 'bo.yaml'), 0o000);
    writeFileSync(join(cls, 'cy.yaml'), sheet.replace('"Ana"', '"Cy"'));
    const r = run(
      [
        'assess',
        fixturePath('drills/good-set.yaml'),
        '--answers',
        cls,
        '--record',
        '--format',
        'jsonl',
      ],
      home,
    );
    expect(r.stderr).toMatch(/bo\.yaml: cannot read: permission denied/);
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.status).toBe(1);
    const names = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((l) => l.type === 'trainee')
      .map((l) => l.name);
    expect(names).toEqual(['Ana', 'Cy']);
    expect(readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('an unreadable lost+found under --drills is a warning; list, validate and the sets in it still work', () => {
    const home = dir(true);
    const drills = dir();
    copyFileSync(fixturePath('drills/good-set.yaml'), join(drills, 'good-set.yaml'));
    mkdirSync(join(drills, 'lost+found'), { mode: 0o700 });
    chmodSync(join(drills, 'lost+found'), 0o000);
    const list = run(['list', '--drills', drills, '--ids'], home);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout.split('\n')).toContain('sample');
    expect(list.stderr).toMatch(/lost\+found: cannot read this folder: permission denied/);
    const validate = run(['validate', drills], home);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stderr).not.toMatch(/unexpected error/);
  });
});
