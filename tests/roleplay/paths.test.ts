// The role-play format and its path validation, on real YAML files in a temp directory.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import { formatProblemIn } from '../../src/render/messages/problems.js';
import { runInProcess } from '../commands/assess-helpers.js';

const HEAD = `format: 1
id: rp
lang: en
title: T
description: D
intro: I
skills: [roleplay]
items:
  - id: call
    kind: roleplay
    prompt: Take the call.
    explanation: Greet, then ask.
    scenario: { who: A caller, where: The shop's phone line, channel: phone }
    endings:
      - { id: done, kind: close, customer: Thanks. }
      - { id: gone, kind: walk-out, customer: Bye. }
    turns:
`;

/** A turn in the item's list; `next` is written as given. */
function turn(id: string, next: string, expect = 'step'): string {
  return `      - id: ${id}
        customer: Hello?
        expect: ${expect}
        task: Greet the caller.
        criteria: [{ id: hi, label: Greets, any: [hello, good morning] }]
        model: Good morning, this is Sam.
        next: ${next}
`;
}

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cs-drill-rp-')), 'rp.yaml');
  writeFileSync(path, text);
  return path;
}

/** The line (1-based) of the first line of `text` containing `needle` after line `after`. */
function lineOf(text: string, needle: string, after = 0): number {
  return text.split('\n').findIndex((l, i) => i >= after && l.includes(needle)) + 1;
}

describe('role-play paths', () => {
  it('accepts a conversation whose every branch reaches an ending, loops with an exit included', () => {
    const text =
      HEAD +
      turn('greet', '{ good: ask, poor: greet }') +
      turn('ask', '{ good: done, partial: greet, poor: gone }');
    const parsed = parseDrillSet(text, 'rp.yaml');
    expect(parsed.ok).toBe(true);
  });

  it('reports a branch to nowhere at the branch, with its line', async () => {
    const text = HEAD + turn('greet', '{ good: ask, poor: nowhere }') + turn('ask', 'done');
    const r = await runInProcess(['validate', file(text)]);
    expect(r.code).toBe(1);
    const line = lineOf(text, 'poor: nowhere');
    expect(r.stdout).toContain(`rp.yaml:${line}:`);
    expect(r.stdout).toContain(
      'turn "greet" goes to "nowhere", which is neither a turn nor an ending',
    );
  });

  it('reports an unreachable turn and an unreachable ending at their ids', async () => {
    const text = HEAD + turn('greet', 'done') + turn('orphan', 'gone');
    const r = await runInProcess(['validate', file(text)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`rp.yaml:${lineOf(text, 'id: orphan')}:`);
    expect(r.stdout).toContain('turn "orphan" cannot be reached from the first turn "greet"');
    expect(r.stdout).toContain(`rp.yaml:${lineOf(text, 'id: gone')}:`);
    expect(r.stdout).toContain('ending "gone" cannot be reached');
  });

  it('reports a cycle without an exit at each turn of the loop', async () => {
    const text =
      HEAD +
      turn('greet', '{ good: ask, partial: done, poor: gone }') +
      turn('ask', 'again') +
      turn('again', 'ask');
    const r = await runInProcess(['validate', file(text)]);
    expect(r.code).toBe(1);
    const askLine = lineOf(text, 'next: again');
    const againLine = lineOf(text, 'next: ask', askLine);
    expect(r.stdout).toContain(`rp.yaml:${askLine}:`);
    expect(r.stdout).toContain(`rp.yaml:${againLine}:`);
    expect(r.stdout).toContain('from turn "ask" no branch ever reaches an ending');
    expect(r.stdout.split('\n').filter((l) => l.includes('rp.yaml:'))).toHaveLength(2);
  });

  it('reports every path problem of a file at once, a branch to nowhere not also as a loop', async () => {
    const text =
      HEAD +
      turn('greet', '{ good: ask, partial: done, poor: nowhere }') +
      turn('ask', 'again') +
      turn('again', 'ask') +
      turn('orphan', 'done');
    const r = await runInProcess(['validate', file(text)]);
    const codes = r.stdout
      .split('\n')
      .filter((l) => l.includes('rp.yaml:'))
      .map((l) =>
        l
          .replace(/^.*?rp\.yaml:\d+:\d+: (item "call": )?/, '')
          .split(' ')
          .slice(0, 3)
          .join(' '),
      );
    expect(codes).toEqual([
      'ending "gone" cannot',
      'turn "greet" goes',
      'from turn "ask"',
      'from turn "again"',
      'turn "orphan" cannot',
    ]);
  });

  it('reports an id used by a turn and an ending, an unknown expectation, and a transcript to an unknown ending', async () => {
    const dup = HEAD + turn('greet', 'done') + turn('done', 'gone');
    const parsed = parseDrillSet(dup, 'rp.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.code)).toContain('roleplay-duplicate-id');

    const bad = HEAD + turn('greet', 'done', 'sing');
    const r = await runInProcess(['validate', file(bad)]);
    expect(r.stdout).toContain(`rp.yaml:${lineOf(bad, 'expect: sing')}:`);

    const example = `${HEAD + turn('greet', '{ good: done, poor: gone }')}    examples:\n      - { replies: [Hello], ending: nowhere }\n`;
    const parsedExample = parseDrillSet(example, 'rp.yaml');
    expect(parsedExample.ok).toBe(false);
    if (!parsedExample.ok)
      expect(parsedExample.problems[0]).toMatchObject({
        code: 'roleplay-unknown-ending',
        line: lineOf(example, 'ending: nowhere'),
      });
  });

  it('plays example transcripts through the judges and reports one that ends elsewhere', async () => {
    const text = `${HEAD + turn('greet', '{ good: done, poor: gone }')}    examples:
      - { replies: ["Good morning, this is Sam."], ending: done, expect: pass }
      - { replies: ["Calm down."], ending: done }
`;
    const r = await runInProcess(['validate', file(text)]);
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .filter((l) => l.includes('rp.yaml:')),
    ).toHaveLength(1);
    expect(r.stdout).toContain(
      'example transcript 2 ended at gone, expected done (path: greet:fail)',
    );
  });

  it('words path problems in Chinese for a Chinese interface', () => {
    const text = HEAD + turn('greet', '{ good: ask, poor: nowhere }') + turn('ask', 'done');
    const parsed = parseDrillSet(text, 'rp.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(
        formatProblemIn(
          parsed.problems.find((p) => p.code === 'roleplay-unknown-turn')!,
          'zh-Hans',
        ),
      ).toContain('轮次 "greet" 指向 "nowhere"，但它既不是轮次也不是结局');
  });
});

describe('cs-drill roleplay <set> <item>', () => {
  it('names the set’s role-plays when the item is not one of them, before asking for a terminal', async () => {
    const r = await runInProcess(['roleplay', 'drills/roleplay/en.yaml', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"nope" is not a role-play of set "roleplay"');
    expect(r.stderr).toContain('its role-plays: counter-gift, phone-order, complaint-six-steps');
    const notRoleplay = await runInProcess(['roleplay', 'drills/complaints/en.yaml', 'wants']);
    expect(notRoleplay.stderr).toContain('this set has no role-plays');
  });
});
