// Finding 9 (input side) and 13 (report on malformed results): input that is not UTF-8 text is
// refused with a message naming the problem, UTF-16 with a BOM is decoded, and no input is a
// usage error — never "No forbidden phrases found".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { runIn, tmpDir } from './in-process.js';

/** 我不知道 ("I don't know") in two legacy encodings. */
const BIG5 = Buffer.from('A7DAA4A3AABEB944', 'hex');
const GB18030 = Buffer.from('CED2B2BBD6AAB5C0', 'hex');
const utf16le = (s: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.from(utf16le(s).swap16());

describe('check reads text it can name', () => {
  it.each([
    ['Big5', BIG5],
    ['GB18030', GB18030],
  ])('%s on stdin or in a file is refused (exit 2), not reported clean', async (_, bytes) => {
    const piped = await runIn(['check'], { stdin: bytes });
    expect(piped.code).toBe(EXIT.invalid);
    expect(piped.stderr).toContain('<stdin>: is not UTF-8 text');
    expect(piped.stderr).not.toMatch(/No forbidden phrases/i);
    const dir = tmpDir('enc');
    writeFileSync(join(dir, 'reply.txt'), bytes);
    const file = await runIn(['check', '--file', 'reply.txt'], { cwd: dir });
    expect(file.code).toBe(EXIT.invalid);
    expect(file.stderr).toContain('reply.txt: is not UTF-8 text');
  });

  it('UTF-16 with a byte-order mark (either order) is decoded and judged', async () => {
    for (const bytes of [
      utf16le("I don't know, calm down."),
      utf16be("I don't know, calm down."),
    ]) {
      const r = await runIn(['check', '--whole'], { stdin: bytes });
      expect(r.code).toBe(EXIT.failed);
      expect(r.stdout).toContain('calm down');
    }
  });

  it('no input at all (an empty or closed stdin) is a usage error', async () => {
    const empty = await runIn(['check'], { stdin: '' });
    expect(empty.code).toBe(EXIT.invalid);
    expect(empty.stderr).toContain('nothing to check');
    const blank = await runIn(['check', '--whole'], { stdin: '\n  \n' });
    expect(blank.code).toBe(EXIT.invalid);
  });

  it('a sheet in Big5 is skipped with the same message', async () => {
    const dir = tmpDir('enc-sheet');
    writeFileSync(
      join(dir, 'ana.yaml'),
      Buffer.concat([Buffer.from('sheet: 1\nname: '), BIG5, Buffer.from('\nanswers: {}\n')]),
    );
    const r = await runIn([
      'assess',
      'tests/fixtures/drills/good-set.yaml',
      '--answers',
      join(dir, 'ana.yaml'),
    ]);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toContain('ana.yaml: is not UTF-8 text');
  });
});

describe('size limits are kept on the bytes read (finding 10)', () => {
  it('a sheet on stdin past 5 MB stops at the limit with a message', async () => {
    const big = `sheet: 1\nname: Ana\n# ${'a'.repeat(6 * 1024 * 1024)}\nanswers: {}\n`;
    const r = await runIn(['assess', 'tests/fixtures/drills/good-set.yaml', '--answers', '-'], {
      stdin: big,
    });
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toContain('<stdin>: is larger than the limit of 5 MB (stopped reading there)');
  });
});

describe('report on results JSON of the wrong shape (finding 13)', () => {
  it.each([
    ['items not objects', { set: { id: 's', title: 't', items: [null] }, trainees: [] }],
    ['a trainee without items', { set: { id: 's', title: 't', items: [] }, trainees: [1] }],
    [
      'an answer without a score',
      {
        set: { id: 's', title: 't', items: [{ id: 'a', kind: 'choice', max: 1 }] },
        trainees: [{ items: [{ id: 'a' }] }],
      },
    ],
  ])('%s: a clear error, exit 2', async (_, json) => {
    const dir = tmpDir('results');
    writeFileSync(join(dir, 'r.json'), JSON.stringify(json, null, 2));
    const r = await runIn(['report', 'r.json'], { cwd: dir });
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toMatch(
      /r\.json: this JSON is not the output of `cs-drill assess --format json` \(.+\)/,
    );
  });
});
