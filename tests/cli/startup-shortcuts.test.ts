// The start-up shortcuts: a plain `--help` printed from the text Commander printed for it at
// build time, and a bare `list` run without building the command surface. Each must print
// exactly what the ordinary way prints, and be taken only where that is so.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precomputedHelp } from '../../src/shell/fast-help.js';
import { ROOT, runCli, runInProcess, tmpHome } from '../helpers/cli.js';

describe('plain --help', () => {
  for (const [lang, env] of [
    ['en', { LANG: 'en_US.UTF-8' }],
    ['zh-Hans', { LANG: 'zh_CN.UTF-8' }],
  ] as const)
    it(`is Commander's own help text (${lang})`, async () => {
      const fast = await runCli(['--help'], { env });
      const commander = await runInProcess(['--help'], { env });
      expect(fast.code).toBe(0);
      expect(fast.stdout).toBe(commander.stdout);
      expect(fast.stdout.length).toBeGreaterThan(500);
    });

  it('is used only for a plain --help or -h, on a pipe or an 80-column terminal', () => {
    let read = 0;
    const texts = () => {
      read++;
      return { en: 'EN', 'zh-Hans': 'ZH' };
    };
    const pipe = {};
    expect(precomputedHelp(['--help'], { LANG: 'zh_TW' }, pipe, texts)).toBe('ZH');
    expect(precomputedHelp(['-h'], {}, { isTTY: true, columns: 80 }, texts)).toBe('EN');
    expect(precomputedHelp(['--help'], {}, { isTTY: true, columns: 120 }, texts)).toBeUndefined();
    expect(precomputedHelp(['list', '--help'], {}, pipe, texts)).toBeUndefined();
    expect(precomputedHelp(['--help', '--lang', 'zh'], {}, pipe, texts)).toBeUndefined();
    expect(precomputedHelp([], {}, pipe, texts)).toBeUndefined();
    expect(read).toBe(2);
  });
});

describe('a bare `list`', () => {
  it('prints what `list` through the command surface prints', async () => {
    const env = { CS_DRILL_HOME: tmpHome() };
    const direct = await runCli(['list'], { env });
    const surface = await runCli(['list', '--user', 'tester'], { env });
    expect(direct.code).toBe(0);
    expect(direct.stdout).toContain('listening');
    expect(direct.stdout).toBe(surface.stdout);
    expect(direct.stderr).toBe(surface.stderr);
  });

  it('leaves standard input alone (Node builds a stream the moment it is touched)', async () => {
    const hook = join(mkdtempSync(join(tmpdir(), 'cs-list-stdin-')), 'spy.cjs');
    writeFileSync(
      hook,
      `const d = Object.getOwnPropertyDescriptor(process, 'stdin');
Object.defineProperty(process, 'stdin', { configurable: true, get() { process.stderr.write('stdin touched\\n'); return d.get.call(process); } });`,
    );
    const env = { CS_DRILL_HOME: tmpHome(), NODE_OPTIONS: `--require ${hook}` };
    const direct = await runCli(['list'], { env });
    expect(direct.code).toBe(0);
    expect(direct.stdout).toContain('listening');
    expect(direct.stderr).not.toContain('stdin touched');
    // The spy itself works: a command that reads its input touches it.
    const check = await runCli(['check', '--json'], { env, input: 'Hello.' });
    expect(check.stderr).toContain('stdin touched');
  });

  it("reads a trainer's sets (a lazy import into the ESM bundle) as the command surface does", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-list-drills-'));
    copyFileSync(join(ROOT, 'drills', 'listening', 'en.yaml'), join(dir, 'mine.yaml'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: [\n');
    const env = { CS_DRILL_HOME: tmpHome(), CS_DRILL_PATH: dir, FORCE_COLOR: '1' };
    const direct = await runCli(['list'], { env });
    const surface = await runCli(['list', '--user', 'tester'], { env });
    expect(direct.code).toBe(0);
    expect(direct.stderr).toContain('broken.yaml');
    expect(direct.stderr).toContain('mine.yaml');
    expect(direct.stdout).toBe(surface.stdout);
    expect(direct.stderr).toBe(surface.stderr);
  });
});
