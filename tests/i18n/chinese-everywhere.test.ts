// Chinese all the way: every command (and the main subcommands and errors) run under --lang zh
// over a recorded class, and what a person reads may hold ASCII letters only where they are a
// key, an id, a code, a path, an option name or the user's own content (the allow-list below);
// Chinese sentences take full-width punctuation.
import { appendFileSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../../src/drills/schema.js';
import { ROOT, runInProcess, tmpHome } from '../helpers/cli.js';

const NOW = '2026-11-24T10:00:00.000Z';
let home = '';
let sheet = '';
let session = '';

const run = (args: string[], input?: string) =>
  runInProcess([...args, '--lang', 'zh'], {
    home,
    cwd: home,
    now: NOW,
    env: { USER: '蔡文', TZ: 'UTC' },
    ...(input !== undefined ? { input } : {}),
  });

/** The ids a trainer and trainee type (sets, items, tags, skills, option and category keys). */
function bundledIds(): string[] {
  const dir = join(ROOT, 'dist', 'drills');
  const ids: string[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.(en|zh-Hans)\.json$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const { set } = JSON.parse(text);
    // The Chinese sets' own words (an "App" in a customer's sentence) are content, shown as written.
    if (file.endsWith('.zh-Hans.json')) ids.push(...contentWords(set));
    ids.push(set.id, ...set.skills);
    for (const item of set.items) {
      ids.push(item.id, ...(item.tags ?? []), item.skill ?? '');
      for (const list of [item.options, item.categories, item.steps])
        for (const o of list ?? []) ids.push(o.key);
    }
  }
  return ids.filter(Boolean);
}

/** The ASCII words in a set's own text (its string values; never a kind or a field name). */
function contentWords(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return key === 'kind' ? [] : (value.match(/[A-Za-z][\w-]*/g) ?? []);
  if (Array.isArray(value)) return value.flatMap((v) => contentWords(v));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => contentWords(v, k));
  return [];
}

/** Ids, keys and codes a Chinese screen may show as they are. */
const IDS = bundledIds();
const WORDS = new Set([
  ...IDS,
  // answer-sheet and drill-file keys, category and option keys a trainee writes
  ...['sheet', 'set', 'lang', 'hash', 'name', 'answers', 'help', 'fact', 'feeling', 'items'],
  // language codes, formats and names of things that are not words
  ...['en', 'zh', 'zh-Hans', 'zh-Hant', 'ja', 'ID', 'CSV', 'JSON', 'JSONL', 'HTML', 'YAML'],
  ...[
    'Markdown',
    'JUnit',
    'Tab',
    'Esc',
    'Alt',
    'Enter',
    'Ctrl',
    'Ctrl-C',
    'TZ',
    'UTF',
    'Excel',
    'hash',
  ],
  ...['bash', 'zsh', 'fish', 'CS_DRILL_PATH', 'CS_DRILL_HOME', 'CS_DRILL_LANG', 'NO_COLOR'],
  ...['cs-drill', 'list', 'show', 'merge', 'true', 'false', 'null', 'd', 'A', 'B', 'a', 'b'],
  ...['N', 'k', 'Moodle', 'Lines', 'batch', 'jq', 'cat', 'xml'],
  // command names, argument names and option values (what a person types)
  ...['start', 'roleplay', 'validate', 'schema', 'new', 'try', 'completion', 'history', 'stats'],
  ...['export', 'review', 'classify', 'check', 'template', 'assess', 'gradebook', 'regrade'],
  ...['report', 'help', 'paths', 'item-id', 'answer', 'session-id', 'score', 'results', 'files'],
  ...['question', 'reply', 'shell', 'set-id', 'turn', 'end', 'table', 'json', 'csv', 'jsonl'],
  ...['junit', 'md', 'html', 'yaml', 'item'],
  // drill-file keys a trainer writes; item kinds are shown by their Chinese names
  ...['kind', 'prompt'],
  // JSON field names the help describes
  ...['flagged', 'problems', 'phrase', 'category', 'span', 'suggestion', 'replies'],
]);

/** What may stand in ASCII: quoted commands, paths, files, options, placeholders, ids, codes. */
const ALLOWED: RegExp[] = [
  /^\s*(?:\$ )?cs-drill .*$/gm,
  /`[^`\n]*`/g,
  /"[\w-]+"/g,
  /\b[A-Z_]+=\S+/g,
  /\[[\w.]+\]/g,
  /<[^>\n]*>/g,
  /(?:[\w.+-]*\/)+[\w.+-]*/g,
  /[\w-]+\.(?:ya?ml|jsonl?|csv|html|md|txt)\b/g,
  /(?<![\w-])--?[a-zA-Z][\w-]*/g,
  /\bcs-drill(?: [a-z]+)*/g,
  /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/g,
  /\b[0-9a-f]{8,16}\b/g,
  /\b(?:open|closed)\.[a-z-]+\b/g,
  /^\s*[\w-]+:/gm,
  // the `kind:` values a set may hold, listed by validate as a trainer types them
  new RegExp(ITEM_KINDS.join('、'), 'g'),
];

function leaks(text: string, content: readonly string[]): string[] {
  let rest = text;
  for (const c of content) rest = rest.split(c).join(' ');
  for (const re of ALLOWED) rest = rest.replace(re, ' ');
  const found: string[] = [];
  for (const line of rest.split('\n'))
    for (const m of line.matchAll(/[A-Za-z][\w-]*/g))
      if (!allowedWord(m[0], line.slice((m.index ?? 0) + m[0].length)))
        found.push(`${m[0]}  ⟵ ${line.trim()}`);
  return found;
}

/** What a person reads of a page: its text, not its markup, style or drawing. */
function visible(out: string): string {
  if (!/^<!doctype html>/i.test(out)) return out;
  return out
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/** An id as it is, or cut short with "…" in a narrow column. */
function allowedWord(word: string, after: string): boolean {
  const w = word.replace(/-$/, '');
  if (WORDS.has(word) || WORDS.has(w)) return true;
  return after.startsWith('…') && IDS.some((id) => id.startsWith(word));
}

/** ASCII , ; ! ? : ( ) touching a Chinese character inside a sentence. */
function asciiPunctuation(text: string): string[] {
  const re =
    /\p{Script=Han}[,;!?]|[,;!?]\s*\p{Script=Han}|\p{Script=Han}: |\p{Script=Han}\(|\)\p{Script=Han}/u;
  // Code keeps its own punctuation: a quoted command, a YAML list ([a, c]).
  return text.split('\n').filter((l) => re.test(l.replace(/`[^`]*`|\[[^\]\n]*\]/g, '')));
}

beforeAll(async () => {
  home = tmpHome('cs-drill-zh-');
  const template = await run(['template', 'listening']);
  expect(template.code, template.stderr).toBe(0);
  sheet = join(home, 'cai.yaml');
  writeFileSync(sheet, template.stdout.replace('name: ""', 'name: "蔡文"'));
  const assess = await run(['assess', 'listening', '--answers', sheet, '--record']);
  expect(assess.code, assess.stderr).toBeLessThan(2);
  const list = JSON.parse((await run(['history', '--json'])).stdout);
  session = list[0].id;
  // A sheet with a mistake of each kind, and a torn history line: their problems in Chinese too.
  writeFileSync(
    join(home, 'slips.yaml'),
    'set: listening\nname: 蔡文\nanswers:\n  interruptng: b\n  main-point: z\n  listening-habits: 7\n',
  );
  appendFileSync(join(home, 'history.jsonl'), '{"schema":1,"id":"torn","us\n');
  copyFileSync(join(ROOT, 'tests/fixtures/drills/broken-set.yaml'), join(home, 'broken-set.yaml'));
  // A spreadsheet sheet with a row that has answers but no name.
  const csv = await run(['template', 'listening', '--format', 'csv', '--out', 'class.csv']);
  expect(csv.code, csv.stderr).toBe(0);
  appendFileSync(join(home, 'class.csv'), '蔡文,b\r\n,b\r\n');
});

/** Each run: the command line and the user's own content it may echo back. */
const RUNS: [string, () => string[], string[]][] = [
  ['list', () => ['list'], []],
  ['list --tags', () => ['list', '--tags'], []],
  ['validate', () => ['validate', 'drills/listening/zh-Hans.yaml'], []],
  [
    'classify',
    () => ['classify', '你吃饭了吗', '发生了什么事？'],
    ['你吃饭了吗', '发生了什么事？'],
  ],
  ['check', () => ['check', '这不归我管，你去找别人吧', '我来帮您查一下'], []],
  ['template', () => ['template', 'listening'], []],
  ['template --format csv', () => ['template', 'roleplay', '--format', 'csv'], []],
  ['assess a spreadsheet', () => ['assess', 'listening', '--answers', 'class.csv'], ['蔡文']],
  ['assess', () => ['assess', 'listening', '--answers', sheet], ['蔡文']],
  ['history', () => ['history'], []],
  ['history --all-users', () => ['history', '--all-users'], ['蔡文']],
  ['history show', () => ['history', 'show', session], []],
  ['stats', () => ['stats'], []],
  ['export html', () => ['export', '--format', 'html'], []],
  ['review --due', () => ['review', '--due'], []],
  ['gradebook', () => ['gradebook'], ['蔡文']],
  ['gradebook html', () => ['gradebook', '--format', 'html'], ['蔡文']],
  ['report', () => ['report', join(home, 'history.jsonl')], []],
  ['try', () => ['try', 'listening', 'interrupting', 'b'], []],
  [
    'assess a sheet with slips',
    () => ['assess', 'listening', '--answers', 'slips.yaml'],
    ['interruptng', 'z'],
  ],
  ['validate a broken set', () => ['validate', 'broken-set.yaml', '--no-examples'], []],
  ['regrade', () => ['regrade', session, 'ask-to-go-on-1', '1', '--note', '问得好'], ['问得好']],
  ['new', () => ['new', 'demo', '--out', 'demo.yaml'], []],
  ['history merge of a sheet', () => ['history', 'merge', 'slips.yaml'], []],
  ['stats --all-users', () => ['stats', '--all-users'], []],
  ['unknown command', () => ['strat'], ['strat']],
  ['stray word', () => ['export', 'csvv'], ['csvv']],
  ['unknown subcommand', () => ['history', 'shwo'], ['shwo']],
  ['unknown set', () => ['start', 'listnening'], ['listnening']],
  ['start without a terminal', () => ['start', 'listening'], []],
  ...[
    'list',
    'start',
    'validate',
    'template',
    'assess',
    'history',
    'stats',
    'export',
    'review',
    'classify',
    'check',
    'gradebook',
    'regrade',
    'report',
  ].map((c): [string, () => string[], string[]] => [`${c} --help`, () => [c, '--help'], []]),
];

describe('every command in Chinese', () => {
  it.each(RUNS)('%s', async (_name, args, content) => {
    const r = await run(args());
    const text = `${visible(r.stdout)}\n${r.stderr}`;
    expect(text.trim(), 'it printed nothing').not.toBe('');
    expect(leaks(text, content), text).toEqual([]);
    expect(asciiPunctuation(text), text).toEqual([]);
  });

  it('the check finds what it is for: an English word, ASCII punctuation in a sentence', () => {
    expect(leaks('cs-drill: 已保存 to history', [])).toEqual(['to  ⟵ : 已保存 to history']);
    expect(asciiPunctuation('我不太清楚,但是我会查。')).toHaveLength(1);
    expect(leaks('用 `cs-drill list --ids` 列出 listening 和 ./a/b.yaml', [])).toEqual([]);
    expect(readFileSync(sheet, 'utf8')).toContain('蔡文');
  });
});
