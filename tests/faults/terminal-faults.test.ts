// Issue 19, findings 3 and 4, in a real terminal (tmux) with the built binary: a history that
// cannot be read does not end the quiz, and a closed terminal (SIGHUP) saves the session
// like Ctrl-C and SIGTERM do.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { hasTmux, TmuxTerminal } from '../helpers/tmux.js';
import { waitFor } from '../helpers/wait.js';

const available = hasTmux();
const env = (home: string) => ({
  CS_DRILL_HOME: home,
  LANG: 'en_US.UTF-8',
  TERM: 'xterm-256color',
  NO_COLOR: '1',
});
const startCommand = (user: string) =>
  `node ${BIN} start tests/fixtures/drills/e2e-set.yaml --fast --seed 1 --user ${user}`;

describe.skipIf(!available)('a drill whose history fails, in a real terminal', () => {
  let term: TmuxTerminal | undefined;
  afterEach(() => term?.close());

  it('a directory at the history path: the quiz goes on, the answers go to a fallback file (exit 3)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-e2e-'));
    mkdirSync(join(home, 'history.jsonl'));
    const user = `dir-${process.pid}`;
    term = new TmuxTerminal(startCommand(user), { cwd: ROOT, env: env(home) });
    await term.waitFor('Which one is a feeling?');
    term.keys('Enter');
    await term.waitFor('Step 1:');
    term.keys('C-c');
    const screen = await term.waitFor('[exit 3]', 20_000);
    expect(screen).toMatch(/cannot read the history: it is a directory/);
    expect(screen).not.toMatch(/\n\s+at |unexpected error/);
    const fallback = /saved in (\S+\.jsonl)/.exec(screen.replace(/\n/g, ''))?.[1];
    expect(fallback, screen).toBeDefined();
    const record = JSON.parse(readFileSync(fallback!, 'utf8'));
    expect(record).toMatchObject({ user, status: 'aborted', items: [{ id: 'feeling' }] });
  });

  it('SIGHUP (the terminal closed): the answered items are saved as an interrupted session', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-e2e-'));
    term = new TmuxTerminal(startCommand(`hup-${process.pid}`), { cwd: ROOT, env: env(home) });
    await term.waitFor('Which one is a feeling?');
    term.keys('Enter');
    await term.waitFor('Step 1:');
    // Closing the terminal hangs up the program running in it.
    term.close();
    term = undefined;
    const file = join(home, 'history.jsonl');
    const text = await waitFor('the session in the history', () =>
      existsSync(file) && readFileSync(file, 'utf8').endsWith('\n')
        ? readFileSync(file, 'utf8')
        : undefined,
    );
    const records = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'aborted', items: [{ id: 'feeling' }] });
    expect(readdirSync(home).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });
});
