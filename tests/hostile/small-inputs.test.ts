// Finding 13 (input side): impossible times in --since, seeds that would wrap around, and sheets
// written with CR line ends.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { shuffled } from '../../src/session/select-items.js';
import { fixturePath } from '../helpers/fixtures.js';
import { runIn, tmpDir } from './in-process.js';

const SET = fixturePath('drills/good-set.yaml');

describe('--since takes only real dates and times', () => {
  it.each([
    '2026-12-02T25:99',
    '2026-12-02T24:00',
    '2026-12-02 12:60',
    '2026-02-30T10:00',
    '2026-12-02T10:00:61Z',
  ])('%s is refused (exit 2)', async (since) => {
    for (const cmd of ['history', 'stats']) {
      const r = await runIn([cmd, '--since', since]);
      expect(r.code, cmd).toBe(EXIT.invalid);
      expect(r.stderr).toContain(`"${since}" is not a valid date and time`);
    }
  });

  it('a real time still works', async () => {
    expect((await runIn(['history', '--since', '2026-12-02T23:59:59'])).code).toBe(EXIT.ok);
  });
});

describe('seeds', () => {
  it('a seed of 2^32 or more is refused: it would repeat the order of a smaller one', async () => {
    for (const seed of ['4294967296', '8589934592', '1e12']) {
      const r = await runIn(['start', SET, '--shuffle', '--seed', seed]);
      expect(r.code).toBe(EXIT.invalid);
      expect(r.stderr).toContain('expected a whole number from 0 to 4294967295');
    }
  });

  it('the largest seed allowed gives its own order', () => {
    const items = Array.from({ length: 12 }, (_, i) => i);
    expect(shuffled(items, 0xffff_ffff)).not.toEqual(shuffled(items, 0));
  });
});

describe('line ends', () => {
  it.each([
    ['CR only', '\r'],
    ['CRLF', '\r\n'],
  ])('a sheet with %s line ends is read like one with LF', async (_, eol) => {
    const dir = tmpDir('eol');
    const text = readFileSync(fixturePath('sheets/class/ana.yaml'), 'utf8').replace(/\n/g, eol);
    writeFileSync(join(dir, 'ana.yaml'), text);
    const r = await runIn(['assess', SET, '--answers', join(dir, 'ana.yaml')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Ana {2}\S/);
  });
});
