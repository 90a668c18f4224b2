import { wayForward } from './acts.js';
import { type Actor, clauseAt, type Edges } from './clause.js';
import type { PhraseList } from './compile.js';
import { findPattern, occursWithin, type Pattern, zhNegates } from './phrase-patterns.js';

/** What the clause features of a text read: its list, and the edges the detector found. */
export interface ClauseContext {
  list: PhraseList;
  runOn: ReadonlySet<number>;
  edges: Edges;
}

/**
 * The reply model's clause features of folded text `t` in [start, end): for each clause, who
 * acts, its polarity, modality and type (and a few of their combinations, since the model is
 * linear); for each negative clause, whether a way forward follows it in the reply and whether
 * the customer is the object of the negated act (we won't charge you, 不会让您等); the sentence's
 * first word (a bare verb opens an order); and acts of the whole span (an adverse outcome, a
 * loaded word, an attacking question, a request, a courtesy formula, a number). Returned as
 * tokens; the model hashes them beside its n-grams.
 */
export function clauseTokens(t: string, start: number, end: number, ctx: ClauseContext): string[] {
  const { list, edges } = ctx;
  const cues = list.acts;
  const out = new Set<string>();
  const lang = list.lang;
  let sentences = 0;
  let cs = start;
  while (cs < end) {
    let ce = Math.min(end, edges.clauseEnd[cs] ?? end);
    if (ce <= cs) ce = Math.min(end, cs + 1);
    const text = t.slice(cs, ce);
    if (/[\p{L}\p{N}]/u.test(text)) {
      const sentenceFirst = (edges.sentenceStart[cs] ?? 0) >= cs - 1 || cs === start;
      if (sentenceFirst) {
        sentences++;
        out.add(`S0:${firstWord(text, lang)}`);
      }
      const c = clauseAt(t, cs, lang === 'en' ? subjectReach(t, cs, ce) : ce, cues, edges);
      const actor: Actor = lang === 'ja' ? actorJa(text) : c.actor;
      const neg = negativeClause(text, lang, cues.courtesy);
      const mod = lang === 'ja' ? 'none' : c.modality;
      const type = c.type;
      const n = neg ? 'N' : 'P';
      out.add(`A${actor}${n}`);
      out.add(`A${actor}M${mod}`);
      out.add(`${n}M${mod}`);
      out.add(`T${type}`);
      out.add(`T${type}${n}`);
      out.add(`A${actor}T${type}`);
      out.add(`A${actor}${n}M${mod}`);
      out.add(`A${actor}${n}${c.past ? 'past' : 'now'}`);
      if (sentenceFirst) out.add(`F:A${actor}${n}M${mod}T${type}`);
      if (neg) {
        const forward = wayForward(t, ce, ce, list, ctx.runOn);
        out.add(`FWD${forward}`);
        out.add(`A${actor}FWD${forward}`);
        out.add(`M${mod}FWD${forward}`);
        if (objectIsCustomer(text, lang)) out.add(`A${actor}NOBJ${mod}`);
      }
    }
    cs = ce + 1;
  }
  out.add(`NS${Math.min(sentences, 4)}`);
  if (occursWithin(t, cues.adverse, start, end)) out.add('ADV');
  if (occursWithin(t, cues.loaded, start, end)) out.add('LOAD');
  if (occursWithin(t, cues.rhetorical, start, end)) out.add('RHET');
  if (occursWithin(t, cues.request, start, end)) out.add('REQ');
  if (occursWithin(t, cues.courtesy, start, end)) out.add('COURT');
  if (/\d/.test(t.slice(start, end))) out.add('NUM');
  if (/[?？]/.test(t.slice(start, end))) out.add('QMARK');
  // Each language's clauses weigh apart: a Chinese 不 is not an English "not".
  return [...out].map((token) => `${lang}:${token}`);
}

/** Words ending in 别, where it is no "don't" (特别 "especially", 区别 "difference", 告别). */
const WORDS_ENDING_IN_BIE =
  '特别 区别 分别 告别 级别 类别 个别 差别 性别 识别 辨别 鉴别 离别 道别 派别 判别 送别 诀别 惜别 临别 久别 永别'.split(
    ' ',
  );

/**
 * Words whose 不 / 没 / 别 / 无 negates nothing: 别 meaning "other" or part of a word (特别
 * "especially", 别的 "other", 区别 "difference"), and 不 before an adjective of amount, distance
 * or quality, which says the positive (不少 "plenty", 不远 "close by", 不错 "good"); 没事 "it's
 * nothing", 客气 after a 不 / 别 (不客气, 别那么客气, 不用客气) and a whole sentence 这没啥 "it's
 * nothing", answers to a thanks; 暂无 "none for now" reports a status (暂无评分, like "0 stars");
 * 没错 / 冇錯 as a clause of its own is "that's right", a yes (我们没错 still denies a fault).
 */
export const ZH_WORD_NOT_NEGATING = new RegExp(
  String.raw`(?<=^|[,，.。!！;；]\s*)(?:没错|冇错|沒錯|冇錯)[呀啊啦喇嘅的]*(?=\s*(?:[,，.。!！~]|$))|别的|别人|别处|别家|${WORDS_ENDING_IN_BIE.join('|')}|不少|不远|不错|没事|[不别](?:用|必)?(?:那么|这么|太)?客(?:气)?|暂无|^\s*[这那]?也?没有?(?:啥|什么)(?:的|啦|呢)?(?=\s*[.!。！]?\s*$)`,
  'g',
);

/** Is the 别 at `at` the end of such a word (特别在意), not a "don't" (别在意)? */
export const bieEndsWord = (t: string, at: number): boolean =>
  t[at] === '别' && at > 0 && WORDS_ENDING_IN_BIE.includes(t.slice(at - 1, at + 1));

/** The clause's "no", not counting one inside a courtesy formula ("no rush", 不会再让…). */
function negativeClause(text: string, lang: string, courtesy: readonly Pattern[]): boolean {
  let rest = text;
  const blank = (a: number, b: number) => {
    rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
    return false;
  };
  for (const p of courtesy) findPattern(rest, p, 0, rest.length, blank);
  if (lang === 'ja') return JA_NO.test(rest);
  if (lang === 'zh-Hans') return zhNegates(rest.replace(ZH_WORD_NOT_NEGATING, ' '));
  return EN_NO.test(rest);
}

/** An English "no" word. */
export const EN_NO = /\b(?:not|never|no|nothing|nobody|none|cannot|unable)\b/;

/** A Japanese "no" closing a predicate: ない, ません, なかった, ず before a mark. */
export const JA_NO = /ない|ません|なかった|ず[、。,.]/;

/** The customer as the object of the clause's act: "…keep you waiting", 不会让您…, 不收您… */
function objectIsCustomer(text: string, lang: string): boolean {
  if (lang === 'zh-Hans') return /[不没别][^,.!?;你]{0,6}你/.test(text);
  if (lang === 'ja') return /お客様|あなた/.test(text);
  return /\b(?:not|never|no)\b(?:\s+\w+){0,3}\s+(?:you|your)\b/.test(text);
}

/**
 * Where an English clause's subject has been said: after its first three words ("I cannot
 * refund…", "the app does…"). The clause's actor is the subject nearest before that point, not
 * a pronoun of its object ("…the deposit on that booking").
 */
function subjectReach(t: string, cs: number, ce: number): number {
  const words = /[a-z0-9']+/g;
  words.lastIndex = cs;
  let at = ce;
  for (let k = 0; k < 3; k++) {
    const m = words.exec(t);
    if (!m || m.index >= ce) break;
    at = Math.min(ce, m.index + m[0].length);
  }
  return at;
}

/** Japanese: the customer named, else the speaker (a subject is usually dropped). */
function actorJa(text: string): Actor {
  return /お客様|あなた/.test(text) ? 'customer' : 'agent';
}

/** A clause's first word: an English word, or a CJK clause's first two characters. */
function firstWord(text: string, lang: string): string {
  const s = text.replace(/^[\s,.!?;:'"-]+/, '');
  if (lang === 'en') return /^[a-z']+/.exec(s)?.[0] ?? '#';
  return s.slice(0, 2);
}
