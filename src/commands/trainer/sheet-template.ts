import { emptySlot, SHEET_FORMAT } from '../../answers/sheet-format.js';
import type { LoadedSet } from '../../drills/parse-set.js';
import type { Item } from '../../drills/schema.js';
import { sanitize } from '../../render/sanitize.js';
import { goodPath } from '../../roleplay/graph.js';

/** Instructions written into templates: what to fill in and in which shape. */
const T = {
  title: (title: string, id: string, lang: string) => `Answer sheet: ${title} (${id}, ${lang})`,
  how: (id: string) => [
    'Fill in the name and every answer, then score it with',
    `  cs-drill assess ${id} --answers <this file>`,
    'An answer left empty scores zero and is listed as missing.',
    'Do not change set, lang or hash: they say which version of the set this sheet is for.',
  ],
  name: "the trainee's name",
  points: (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`,
  choice: (keys: string) => `write one key: ${keys}`,
  multi: (keys: string) =>
    `list the key of every option that applies (${keys}), in brackets: [x, y]`,
  order: (n: number) => `list all ${n} keys in the right order, in brackets: [first, second, …]`,
  classify: (keys: string) => `one category key per statement (${keys})`,
  scale: (min: number, max: number, lo: string, hi: string) =>
    `one rating per statement, ${min} (${lo}) to ${max} (${hi}); not scored`,
  text: 'write your answer in quotes, or after "|" on the next lines for a long one',
  situation: 'situation',
  customer: 'the customer says',
  original: 'rewrite this',
  requireOpen: 'an open question',
  requireClosed: 'a closed (yes/no) question',
  roleplay: (n: number) =>
    `a conversation: ${n} replies along the path where every reply is good; write one reply per line`,
  reply: (n: number, task: string) => `reply ${n} — ${task}`,
};

/** A commented YAML answer sheet: every prompt as a comment above an empty slot of the right shape. */
export function renderYamlTemplate(loaded: LoadedSet): string {
  const { set, hash } = loaded;
  const out: string[] = [
    ...comment([T.title(set.title, set.id, set.lang), ...T.how(set.id)], ''),
    `sheet: ${SHEET_FORMAT}`,
    `set: ${q(set.id)}`,
    `lang: ${q(set.lang)}`,
    `hash: ${q(hash)}`,
    `name: ""  # ${T.name}`,
    '',
    'answers:',
  ];
  set.items.forEach((item, i) => {
    out.push(...comment(describe(item, i), '  '));
    out.push(...slotLines(item));
  });
  return `${out.join('\n')}\n`;
}

/** The same sheet as JSON: the instructions go into a `help` map, since JSON has no comments. */
export function renderJsonTemplate(loaded: LoadedSet): string {
  const { set, hash } = loaded;
  const sheet = {
    sheet: SHEET_FORMAT,
    set: set.id,
    lang: set.lang,
    hash,
    name: '',
    answers: Object.fromEntries(set.items.map((item) => [item.id, emptySlot(item)])),
    help: Object.fromEntries(set.items.map((item, i) => [item.id, describe(item, i).join('\n')])),
  };
  return `${JSON.stringify(sheet, null, 2)}\n`;
}

function describe(item: Item, i: number): string[] {
  const head = `${i + 1}. ${oneLine(item.prompt)} (${item.kind}, ${T.points(item.points)})`;
  const options = (list: { key: string; text: string }[]) =>
    list.map((o) => `   ${o.key} = ${oneLine(o.text)}`);
  const keys = (list: { key: string }[]) => list.map((o) => o.key).join(', ');
  switch (item.kind) {
    case 'choice':
      return [head, ...options(item.options), `   → ${T.choice(keys(item.options))}`];
    case 'multi':
      return [head, ...options(item.options), `   → ${T.multi(keys(item.options))}`];
    case 'order':
      return [head, ...options(item.steps), `   → ${T.order(item.steps.length)}`];
    case 'classify':
      return [head, ...options(item.categories), `   → ${T.classify(keys(item.categories))}`];
    case 'scale': {
      const s = item.scale;
      return [head, `   → ${T.scale(s.min, s.max, oneLine(s.min_label), oneLine(s.max_label))}`];
    }
    case 'ask':
      return [
        head,
        `   ${T.situation}: ${oneLine(item.scenario)}`,
        `   → ${item.require === 'open' ? T.requireOpen : T.requireClosed}; ${T.text}`,
      ];
    case 'paraphrase':
      return [head, `   ${T.customer}: “${oneLine(item.customer)}”`, `   → ${T.text}`];
    case 'rewrite':
      return [head, `   ${T.original}: “${oneLine(item.original)}”`, `   → ${T.text}`];
    case 'roleplay':
      return [
        head,
        `   ${T.situation}: ${oneLine(item.scenario.who)} — ${oneLine(item.scenario.where)}`,
        `   → ${T.roleplay(goodPath(item).length)}`,
      ];
  }
}

function slotLines(item: Item): string[] {
  const key = `  ${item.id}:`;
  switch (item.kind) {
    case 'choice':
      return [key];
    case 'multi':
    case 'order':
      return [`${key} []`];
    case 'classify':
      return [key, ...item.statements.map((s) => `    - # ${oneLine(s.text)}`)];
    case 'scale':
      return [key, ...item.statements.map((s) => `    - # ${oneLine(s)}`)];
    case 'ask':
    case 'paraphrase':
    case 'rewrite':
      return [`${key} ""`];
    case 'roleplay':
      return [
        key,
        ...goodPath(item).flatMap((turn, i) => [
          `    # ${T.customer}: “${oneLine(turn.customer)}”`,
          `    # ${T.reply(i + 1, oneLine(turn.task))}`,
          '    - ""',
        ]),
      ];
  }
}

function comment(lines: string[], indent: string): string[] {
  return lines.map((l) => (l ? `${indent}# ${l}` : `${indent}#`));
}

/** Prompts become one-line comments: no newline may end the comment early. */
function oneLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function q(s: string): string {
  return JSON.stringify(s);
}
