// Finding 12: options given after `history show` / `history merge` reach that subcommand
// instead of being taken by `history`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../helpers/records.js';
import { runIn, tmpDir } from './in-process.js';

describe('history subcommands get their own options', () => {
  const home = tmpDir('hist-opts');
  const lines = [
    makeRecord({ id: 'aaaa-ana', user: 'ana' }),
    makeRecord({ id: 'bbbb-bo', user: 'bo' }),
  ].map((r) => `${JSON.stringify(r)}\n`);
  writeFileSync(join(home, 'history.jsonl'), lines.join(''), { mode: 0o600 });
  const env = { CS_DRILL_HOME: home, USER: 'ana' };

  it('history show <id> --json prints the record as JSON', async () => {
    const r = await runIn(['history', 'show', 'aaaa', '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'aaaa-ana', user: 'ana' });
  });

  it("history show <id> --user bo looks in bo's sessions only", async () => {
    const mine = await runIn(['history', 'show', 'bbbb', '--user', 'ana'], { env });
    expect(mine.code).toBe(2);
    expect(mine.stderr).toContain('no session has an id starting with "bbbb"');
    const bos = await runIn(['history', 'show', 'bbbb', '--user', 'bo', '--json'], { env });
    expect(bos.code).toBe(0);
    expect(JSON.parse(bos.stdout)).toMatchObject({ id: 'bbbb-bo' });
  });

  it('history merge <file> --json reports as JSON', async () => {
    const other = join(tmpDir('hist-merge'), 'laptop.jsonl');
    writeFileSync(other, `${JSON.stringify(makeRecord({ id: 'cccc-ana' }))}\n`);
    const r = await runIn(['history', 'merge', other, '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 1 });
  });

  it('shell completion still offers the listing options after `history`', async () => {
    const r = await runIn(['completion', 'bash']);
    expect(r.stdout).toMatch(/history\) opts="--user --all-users --set --since --limit --json /);
  });

  it('history and history list still take --json, --user and --limit', async () => {
    for (const args of [['history'], ['history', 'list']]) {
      const r = await runIn([...args, '--user', 'bo', '--json', '--limit', '5'], { env });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id)).toEqual(['bbbb-bo']);
    }
  });
});
