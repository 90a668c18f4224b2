import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { compilePattern, findPatternAll } from '../text/criterion-patterns.js';
import type { NormalisedText } from '../text/index.js';
import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';
import type { CriterionResult, Span } from '../types.js';
import { EN_CLAUSE_END } from './clauses.js';
import { saysWhen } from './swapped-facts.js';
import { comparable, sameValue } from './wrong-values.js';

/**
 * The two roles a thing plays in a complaint about what was delivered: what the customer asked
 * for (ordered, booked, chose, handed in) and what they got (what came, what was sent, made or
 * done by the business).
 */
type Role = 'asked' | 'got' | 'from' | 'to' | 'before' | 'after';

/** Who speaks: the customer's "I" and "you" are the answer's "you" and "we". */
type Voice = 'customer' | 'answer';

/** What was agreed or promised is what the customer was to get: "we agreed on", "you promised me". */
const EN_ASKED =
  'ordered|booked|bought|chose|chosen|picked|selected|requested|wanted|asked (?:you |us )?for|specified|reserved|in for|to have|agreed|promised';
const EN_GOT =
  'got|received|came|arrived|delivered|turned up|showed up|gave|given|made|served|taught|fitted|installed|put|did|replaced|changed|tuned|supplied|shipped|printed|returned';
/** Handing a thing in is asking for something done to it; the business sending it is what came. */
const EN_HANDED = 'sent|brought|took|left|handed|dropped off';
/** Where a thing went from and to: "from her flat in Harrow to our house in Luton". */
const EN_WAY =
  '(?<from>from)|(?<to>to|into)(?= (?:the|a|an|my|your|our|his|her|their|this|that)\\b)';
/** Cues, the subject of a verb of handing first: the customer's own act ("I sent") or the business's. */
const EN_CUES: Record<Voice, RegExp> = {
  customer: new RegExp(
    String.raw`\b(?:(?<asked>(?:i|we) (?:${EN_HANDED})|${EN_ASKED})|(?<got>you(?!(?:'|’)?(?:d|ve|re)?\s+(?:said|told|promised|quoted|say))|${EN_GOT}|${EN_HANDED})|${EN_WAY})\b`,
    'gi',
  ),
  answer: new RegExp(
    String.raw`\b(?:(?<asked>you (?:${EN_HANDED})|${EN_ASKED})|(?<got>we(?!(?:'|’)?(?:d|ve|re)?\s+(?:said|told|promised|quoted|say))|${EN_GOT}|${EN_HANDED})|${EN_WAY})\b`,
    'gi',
  ),
};

/** 说好的是, 讲好, 约好, 讲明 (agreed) and 答应 (promised) name what the customer was to get. */
const ZH_ASKED =
  '定做|定製|定制|订做|訂做|预订|預訂|订|訂|买|買|选|選|点了|點了|要的|要求|讲明要|講明要|说要|說要|明明说|明明說|想要|说好|說好|讲好|講好|约好|約好|讲明|講明|答应|答應';
const ZH_GOT =
  '收到|拿到|攞到|送到|送来|送來|送嚟|寄来|寄來|寄到|到的|来的|來的|嚟嘅|做成|装上|裝上|装的|裝的|装了|裝了|装咗|裝咗|给您|給您|给你|給你|俾你|变成|變成|变咗|變咗|攞返|拿回|换成|換成|发来|發來|改成';
/** 我哋嘅, 你们的, 我哋嗰個: the business owning a thing, not doing it. */
const NOT_OWNING = '(?![嘅的嗰個个店度])';
/** 我送…去 hands a thing in; 你哋 (to the customer) and 我们 (to the agent) are the business acting. */
const ZH_CUES: Record<Voice, RegExp> = {
  customer: new RegExp(
    `(?<asked>我(?:送|寄|拎|拿|攞)|${ZH_ASKED})|(?<got>(?:你们|你們|你哋)${NOT_OWNING}|${ZH_GOT})`,
    'g',
  ),
  answer: new RegExp(
    `(?<asked>[你您](?:送|寄|拎|拿|攞)|${ZH_ASKED})|(?<got>(?:我们|我們|我哋)${NOT_OWNING}|${ZH_GOT})`,
    'g',
  ),
};

/**
 * A cue reaches what follows it in its clause only: "not gold like I chose, and one has a chip"
 * gives the chip no role. Chinese clauses end at punctuation alone (寄来的却是二十八寸 is one).
 */
const ZH_CLAUSE = /[.,;:!?](?!\d)|[。，；：！？、—]/g;

/**
 * A value's place in a change (English): what it was before ("was", "used to be", "originally")
 * and what it is after ("now", "this month", "put it up to", "has come down to").
 */
const EN_CHANGE =
  /\b(?:(?<before>was|were|used to(?: be| cost| pay)?|originally|previously|at first)|(?<after>now|this (?:month|week|year)(?:['’]s)?|(?:up|down|increased|raised|reduced|cut|changed) to))\b/gi;

/**
 * The role of what is said at `at`: the last cue before it in its clause, if any — by `cues`, the
 * cues of asking and getting unless told.
 */
function roleAt(text: string, at: Span, voice: Voice, cues?: RegExp): Role | undefined {
  const zh = hasHan(text);
  const ends = zh ? ZH_CLAUSE : EN_CLAUSE_END;
  let start = 0;
  ends.lastIndex = 0;
  for (let m = ends.exec(text); m !== null && m.index < at.start; m = ends.exec(text))
    start = m.index + m[0].length;
  let role: Role | undefined;
  for (const m of text.slice(start, at.start).matchAll(cues ?? (zh ? ZH_CUES : EN_CUES)[voice]))
    role =
      (['asked', 'from', 'to', 'before', 'after'] as const).find(
        (r) => m.groups?.[r] !== undefined,
      ) ?? 'got';
  return role;
}

/** The role the customer gave a fact where they first said it in one. */
function toldRole(
  c: Criterion,
  customer: NormalisedText,
): { role: Role; said: string } | undefined {
  const places = c.any
    .flatMap((p) => findPatternAll(compilePattern(p), customer))
    .sort((a, b) => a.span.start - b.span.start);
  for (const m of places) {
    const role = roleAt(customer.original, m.span, 'customer');
    if (role) return { role, said: customer.original.slice(m.span.start, m.span.end) };
  }
  return undefined;
}

/** Two facts of one kind: both name values of one type, or neither names a value. */
function sameKind(a: string, b: string): boolean {
  const ka = valuesIn(a).map((v) => v.type);
  const kb = valuesIn(b).map((v) => v.type);
  if (ka.length === 0 || kb.length === 0) return ka.length === kb.length;
  return ka.some((t) => kb.includes(t));
}

/** The facts said in another's role, contradicted with what was said and what the customer said. */
function contradicted(
  facts: readonly CriterionResult[],
  swapped: ReadonlyMap<string, { said: string; expected: string }>,
): CriterionResult[] {
  return facts.map((f) => {
    const s = swapped.get(f.id);
    return s ? { ...f, met: false, status: 'contradicted', detail: 'swapped-roles', ...s } : f;
  });
}

/**
 * Two things given each other's roles ("you ordered Storm Grey and we delivered Sage Mist" for "I
 * ordered Sage Mist … what you delivered was Storm Grey"; 您买的是二十寸…寄来的却是二十八寸 for
 * 买的是二十八寸…寄来的是二十寸): the customer said one as what they asked for and the other as what
 * they got, and the answer says each in the other's role — the last cue before it in its
 * sentence, a verb of asking or of getting, or the business as its doer. Both are contradicted.
 * What was said in its own role on either side ("what came was grey, not the sage you ordered")
 * swaps nothing, and facts that say when date the events rather than play a role.
 */
export function swappedRoles(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: string,
  customer: NormalisedText,
): CriterionResult[] {
  const placed = facts.flatMap((f) => {
    const c = criteria.find((k) => k.id === f.id);
    if (!f.met || !f.span || !c) return [];
    // The cheap reads first: most met facts have no role in the answer, and saysWhen reads values.
    const role = roleAt(answer, f.span, 'answer');
    const told = role && toldRole(c, customer);
    if (!told || role === told.role) return [];
    const said = answer.slice(f.span.start, f.span.end);
    return saysWhen(said) ? [] : [{ f, said, told, role }];
  });
  const swapped = new Map<string, { said: string; expected: string }>();
  for (const [i, a] of placed.entries())
    for (const b of placed.slice(i + 1)) {
      if (a.told.role === b.told.role || !sameKind(a.said, b.said)) continue;
      // Each was said where the customer said the other: "you said Storm Grey — the customer said Sage Mist".
      swapped.set(a.f.id, { said: a.said, expected: b.told.said });
      swapped.set(b.f.id, { said: b.said, expected: a.told.said });
    }
  return contradicted(facts, swapped);
}

/** A value of the answer's in a role, and the role the customer gave the same value. */
interface ValueInRole {
  mention: ValueMention;
  role: Role;
  told: { role: Role; said: string };
}

/**
 * A bare number and a count are one kind here: the count reader takes the word after a number as
 * its unit ("312 because", "14 within"), which says nothing of what the number is.
 */
const counted = (v: ValueMention) => v.type === 'number' || v.type === 'quantity';
const ofAKind = (a: ValueMention, b: ValueMention) =>
  comparable(a, b) || (counted(a) && counted(b));
const sameAs = (a: ValueMention, b: ValueMention) =>
  ofAKind(a, b) && (sameValue(a, b) || (counted(a) && a.value === b.value));

/** The role the customer gave a value where they first said it in one. */
function valueRole(
  mention: ValueMention,
  told: readonly ValueMention[],
  customer: string,
  cues?: RegExp,
): { role: Role; said: string } | undefined {
  for (const t of told) {
    if (!sameAs(t, mention)) continue;
    const role = roleAt(customer, t, 'customer', cues);
    if (role) return { role, said: customer.slice(t.start, t.end) };
  }
  return undefined;
}

/**
 * Two values of one type given each other's roles (English), whichever facts hold them — a rubric often
 * puts both in one fact ("tape": 14, 41): "you asked for tape 41 and we brought tape 14" for "we
 * asked for tape 14 … the courier brought tape 41", or "it used to be £34 and now it's £25" for
 * "it was £25 and from this month you've put it up to £34". Each value is in the role the
 * customer gave the other; the met facts said at either value are contradicted. Values that say
 * when date the events, as in swappedRoles.
 */
export function swappedValueRoles(
  facts: readonly CriterionResult[],
  answer: string,
  said: readonly ValueMention[],
  customer: string,
  told: readonly ValueMention[],
): CriterionResult[] {
  // English only: read in Chinese it took a row of a hidden round down (fold B zh-Hans 847 -> 846).
  if (hasHan(answer + customer)) return [...facts];
  const swapped = new Map<string, { said: string; expected: string }>();
  // Asked for and got, from and to; and, read apart, before and after a change.
  for (const cues of [undefined, EN_CHANGE]) {
    const placed: ValueInRole[] = said.flatMap((mention) => {
      const role = roleAt(answer, mention, 'answer', cues);
      const was = role && valueRole(mention, told, customer, cues);
      if (!was || was.role === role || saysWhen(answer.slice(mention.start, mention.end)))
        return [];
      return [{ mention, role, told: was }];
    });
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) {
        const crossed = a.role === b.told.role && b.role === a.told.role;
        if (!crossed || !ofAKind(a.mention, b.mention) || sameAs(a.mention, b.mention)) continue;
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          const f = facts.find(
            (k) => k.met && k.span && k.span.start < x.mention.end && x.mention.start < k.span.end,
          );
          const text = answer.slice(x.mention.start, x.mention.end);
          if (f && !swapped.has(f.id)) swapped.set(f.id, { said: text, expected: y.told.said });
        }
      }
  }
  return contradicted(facts, swapped);
}
