// One whole interactive session in a real terminal (tmux): keys typed, screen read,
// summary and history record checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { hasTmux, TmuxTerminal } from '../helpers/tmux.js';

const available = hasTmux();
if (!available && process.env.CI)
  throw new Error('tmux is required in CI for the terminal test (.ci/run installs it)');

/** In the prompt currently on screen, move the cursor to the line containing `text` and press enter. */
async function choose(term: TmuxTerminal, after: string, text: string): Promise<void> {
  const screen = await term.waitFor(new RegExp(`${after}[\\s\\S]*${escapeRegex(text)}`));
  const lines = screen.split('\n');
  const start = lines.findLastIndex((l) => l.includes(after));
  const cursor = lines.findIndex((l, i) => i > start && l.includes('❯'));
  const target = lines.findIndex((l, i) => i > start && l.includes(text));
  for (let i = cursor; i < target; i++) term.keys('Down');
  for (let i = cursor; i > target; i--) term.keys('Up');
  term.keys('Enter');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe.skipIf(!available)('a drill in a real terminal', () => {
  let term: TmuxTerminal | undefined;
  afterEach(() => term?.close());

  it('runs a whole session: prompts, feedback, summary, history', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-e2e-'));
    term = new TmuxTerminal(
      `node ${BIN} start tests/fixtures/drills/e2e-set.yaml --fast --seed 1 --user e2e`,
      {
        cwd: ROOT,
        env: { CS_DRILL_HOME: home, LANG: 'en_US.UTF-8', TERM: 'xterm-256color', NO_COLOR: '1' },
      },
    );
    await term.waitFor('Four quick items.');
    await choose(term, 'Which one is a feeling?', 'I am really worried');
    await term.waitFor('✔ Correct');

    await choose(term, 'Step 1:', 'Say why you need the hold');
    await choose(term, 'Step 2:', 'Ask for permission');
    await term.waitFor('2/4');

    await choose(term, '“The invoice says 40 euros”', 'Fact');
    await choose(term, '“I feel cheated”', 'Fact');
    await term.waitFor('you said Fact, it is Feeling');

    await term.waitFor('Restate what the customer said');
    term.type(
      "So your router has been down since Monday and you can't work from home. I understand how stressful that is. Did I get that right?",
    );
    term.keys('Enter');
    // The item sorted wrongly is offered again once, before the summary.
    await term.waitFor('you missed once more?');
    term.type('n');
    term.keys('Enter');

    const screen = await term.waitFor('[exit 0]');
    expect(screen).toContain('Summary: End-to-end sample');
    expect(screen).toMatch(/Score: \d+(\.\d+)?%/);
    expect(screen).toContain('Your first attempt at this set.');

    const lines = readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({
      user: 'e2e',
      setId: 'e2e-sample',
      mode: 'interactive',
      status: 'completed',
    });
    expect(record.items.map((i: { id: string }) => i.id)).toEqual([
      'feeling',
      'hold',
      'sort',
      'restate',
    ]);
    expect(record.items[0]).toMatchObject({ answer: 'b', score: 1 });
    expect(record.items[1].answer).toEqual(['why', 'ask', 'time']);
    expect(record.items[2]).toMatchObject({ answer: ['fact', 'fact'], score: 0.5 });
    expect(record.items[3].answer).toMatch(/^So your router/);
  });

  it('keeps the answered items when interrupted with Ctrl-C, and --resume finishes them', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-e2e-'));
    const env = { CS_DRILL_HOME: home, LANG: 'en_US.UTF-8', TERM: 'xterm-256color', NO_COLOR: '1' };
    term = new TmuxTerminal(
      `node ${BIN} start tests/fixtures/drills/e2e-set.yaml --fast --seed 1 --user e2e`,
      { cwd: ROOT, env },
    );
    await choose(term, 'Which one is a feeling?', 'I am really worried');
    await term.waitFor('Step 1:');
    term.keys('C-c');
    const screen = await term.waitFor('[exit 130]');
    expect(screen).toContain('Stopped after 1 of 4 items');
    expect(screen).not.toMatch(/\n\s+at /);
    term.close();

    term = new TmuxTerminal(
      `node ${BIN} start tests/fixtures/drills/e2e-set.yaml --fast --seed 1 --user e2e --resume`,
      { cwd: ROOT, env },
    );
    await term.waitFor('Continuing: 1 of 4 items already answered.');
    await choose(term, 'Step 1:', 'Say why you need the hold');
    await choose(term, 'Step 2:', 'Ask for permission');
    await choose(term, '“The invoice says 40 euros”', 'Fact');
    await choose(term, '“I feel cheated”', 'Feeling');
    await term.waitFor('Restate what the customer said');
    term.type('Your router is down since Monday. Is that right?');
    term.keys('Enter');
    await term.waitFor(/you missed once more\?|\[exit 0\]/);
    if (!term.screen().includes('[exit 0]')) {
      term.type('n');
      term.keys('Enter');
    }
    await term.waitFor('[exit 0]');
    const records = readFileSync(join(home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.status)).toEqual(['aborted', 'completed']);
    expect(records[1].resumes).toBe(records[0].id);
    expect(records[1].items.map((i: { id: string }) => i.id)).toEqual([
      'feeling',
      'hold',
      'sort',
      'restate',
    ]);
  });

  it('saves the answered items when stopped with SIGTERM mid-prompt, and leaves the terminal usable', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-e2e-'));
    term = new TmuxTerminal(
      `node ${BIN} start tests/fixtures/drills/e2e-set.yaml --fast --seed 1 --user sigterm-${process.pid}`,
      {
        cwd: ROOT,
        env: { CS_DRILL_HOME: home, LANG: 'en_US.UTF-8', TERM: 'xterm-256color', NO_COLOR: '1' },
      },
    );
    await choose(term, 'Which one is a feeling?', 'I am really worried');
    await term.waitFor('Step 1:');
    spawnSync('pkill', ['-TERM', '-f', `^node .*--user sigterm-${process.pid}`]);
    const screen = await term.waitFor('[exit 143]');
    expect(screen).toContain('Stopped after 1 of 4 items');
    expect(screen).not.toMatch(/\n\s+at /);
    const records = readFileSync(join(home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      status: 'aborted',
      items: [{ id: 'feeling', answer: 'b' }],
    });
  });
});
