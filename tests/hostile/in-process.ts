import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CommandContext } from '../../src/commands/context.js';
import { formatProblemSafe } from '../../src/render/messages/problems.js';
import { ROOT } from '../helpers/cli.js';
import { parseOnProgram } from '../helpers/program.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string | Buffer;
  now?: string;
  signal?: AbortSignal;
  /** stdin says it is a terminal (commands that refuse pipes get past that check). */
  tty?: boolean;
}

export const tmpDir = (tag = 'hostile') => mkdtempSync(join(tmpdir(), `cs-drill-${tag}-`));

/** The real program in-process, reporting errors as run.ts does (sanitised, one line each). */
export async function runIn(args: string[], opts: RunOptions = {}): Promise<Ran> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.tty === true });
  stdin.end(opts.stdin ?? '');
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const ctx: CommandContext = {
    cwd: opts.cwd ?? ROOT,
    env: { CS_DRILL_HOME: tmpDir('home'), USER: 'trainer', TZ: 'UTC', NO_COLOR: '1', ...opts.env },
    stdin,
    stdout,
    stderr,
    now: () => new Date(opts.now ?? '2026-12-02T08:00:00Z'),
    color: false,
    lang: 'en',
    packageRoot: ROOT,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const { code, errors } = await parseOnProgram(ctx, args, (p) => formatProblemSafe(p, 'en'));
  err += errors;
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out, stderr: err };
}

/** A valid one-item drill file (a choice with the given option keys, the first one right). */
export function choiceSetYaml(opts: { id: string; title: string; keys?: string[] }): string {
  const keys = opts.keys ?? ['a', 'b'];
  return `format: 1
id: ${opts.id}
lang: en
title: ${opts.title}
description: A set.
intro: Pick one.
skills: [listening]
items:
  - id: pick
    kind: choice
    prompt: Which?
    options:
${keys.map((k, i) => `      - { key: "${k}", text: Option ${i} }`).join('\n')}
    answer: "${keys[0]}"
    explanation: Because.
`;
}
