// Regular files are read through one buffer that every read uses again: each file still comes
// out whole, with nothing of the file read before it, across reads of any size.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { readTextFileSync, readTextPath } from '../../src/shell/text-input.js';

const dir = mkdtempSync(join(tmpdir(), 'cs-drill-text-input-'));
const MB = 1024 * 1024;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('reading regular files', () => {
  it('reads a file larger than the read buffer whole, characters split across reads included', async () => {
    // 3-byte characters after one ASCII byte: the 64 KB read boundaries fall inside characters.
    const text = `x${'答'.repeat(70_000)}\nend\n`;
    const path = file('large.yaml', text);
    expect(readTextFileSync(path, MB)).toBe(text);
    expect(await readTextPath(path, 'large.yaml', MB)).toBe(text);
  });

  it('gives a short file only its own bytes after a long one', async () => {
    const long = file('long.yaml', 'L'.repeat(100_000));
    const short = file('short.yaml', 'name: "Ann"\n');
    readTextFileSync(long, MB);
    expect(readTextFileSync(short, MB)).toBe('name: "Ann"\n');
    await readTextPath(long, 'long.yaml', MB);
    expect(await readTextPath(short, 'short.yaml', MB)).toBe('name: "Ann"\n');
    expect(readTextFileSync(file('empty.yaml', ''), MB)).toBe('');
  });

  it('still stops at the limit, refuses NUL bytes and decodes UTF-16 with its mark', async () => {
    const big = file('big.yaml', 'y'.repeat(200_000));
    const code = async (read: () => unknown) => {
      try {
        await read();
      } catch (error) {
        return error instanceof CliError ? error.problems[0]?.code : 'other';
      }
      return 'read';
    };
    expect(await code(() => readTextPath(big, 'big.yaml', 100_000))).toBe('file-too-large');
    expect(await code(() => readTextPath(file('nul.yaml', 'a\0b'), 'nul.yaml', MB))).toBe(
      'binary-file',
    );
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('名字: 安\r\n', 'utf16le'),
    ]);
    expect(await readTextPath(file('utf16.yaml', utf16), 'utf16.yaml', MB)).toBe('名字: 安\n');
  });
});
