// The direct `start` (dist/start.cjs) reads its command line without Commander: every command
// line it takes must mean to it what it means to the command surface, and every other one must
// be left to Commander (help, errors in its words, the rare forms).
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';
import { startArgs } from '../../src/commands/start-args.js';
import { testContext } from '../helpers/context.js';

/** What the command surface hands `start`'s action for this command line, or its error code. */
async function commanderReads(argv: string[]): Promise<{ set: string; opts: object } | string> {
  const t = testContext({});
  const program = createProgram(t.ctx, '0.0.0', () => undefined);
  let got: { set: string; opts: object } | undefined;
  program.commands
    .find((c) => c.name() === 'start')!
    .action((set: string, opts: object) => {
      got = { set, opts };
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    return (error as { code: string }).code;
  }
  return got ?? 'no action';
}

const TAKEN = [
  ['start', 'listening'],
  ['start', 'listening', '--fast', '--lang', 'en'],
  ['start', '--lang=zh', 'listening', '--no-color', '--debug'],
  ['start', 'listening', '--limit', '3', '--shuffle', '--seed', '42', '--tag', 'bank'],
  ['start', 'listening', '--limit=1e1', '--seed=0x10', '--user', 'ana', '--drills', './mine'],
  ['start', './sets/my-set.yaml', '--resume', '--feedback', 'turn'],
  ['start', 'complaints', '--missed', '--feedback=end', '--tag='],
];

const LEFT = [
  ['start'],
  ['start', '--help'],
  ['start', 'listening', '-h'],
  ['start', 'listening', 'complaints'],
  ['start', 'listening', '--limit', '0'],
  ['start', 'listening', '--limit', '2.5'],
  ['start', 'listening', '--limit'],
  ['start', 'listening', '--seed', '-1'],
  ['start', 'listening', '--feedback', 'always'],
  ['start', 'listening', '--lang', 'fr'],
  ['start', 'listening', '--fast', '--fast'],
  ['start', 'listening', '--fast=yes'],
  ['start', 'listening', '--tag', '--fast'],
  ['start', 'listening', '--no-such-option'],
  ['start', '--', 'listening'],
  ['start', '-', 'listening'],
  ['--lang', 'zh', 'start', 'listening'],
  ['roleplay', 'complaints', 'angry-caller'],
];

describe('the direct `start` command line', () => {
  it.each(TAKEN)('reads %j as Commander does', async (...argv) => {
    const direct = startArgs(argv);
    expect(direct).toBeDefined();
    expect(await commanderReads(argv)).toEqual(direct);
  });

  it.each(LEFT)('leaves %j to Commander', (...argv) => {
    expect(startArgs(argv)).toBeUndefined();
  });
});
