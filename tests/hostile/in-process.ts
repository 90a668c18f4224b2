import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { ROOT } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

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

/** The real program in-process through run(argv, ctx), reporting errors as the binary does. */
export async function runIn(args: string[], opts: RunOptions = {}): Promise<Ran> {
  const t = testContext({
    home: tmpDir('home'),
    cwd: opts.cwd ?? ROOT,
    env: { USER: 'trainer', NO_COLOR: '1', ...opts.env },
    stdin: opts.stdin ?? '',
    now: opts.now ?? '2026-12-02T08:00:00Z',
    ttys: opts.tty ? ['stdin'] : [],
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const code = await run(args, t.ctx, '0.0.0');
  await new Promise((r) => setImmediate(r));
  return { code, stdout: t.out(), stderr: t.err() };
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
