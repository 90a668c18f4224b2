import { z } from 'zod';

/**
 * The format of drills/phrase-lists/forbidden.<lang>.yaml. Everything is data: patterns are
 * literal phrases (matched after folding: width, case, Traditional→Simplified, 您→你,
 * English contractions), "..." inside a pattern is a bounded gap, and "@name" in a context
 * list refers to a named list under `contexts`. No regular expressions anywhere, so
 * matching stays linear in the text whatever the list says.
 *
 * The YAML is read with the failsafe schema (every scalar a string), hence the coercions.
 */

export const PHRASE_LIST_FORMAT = '1';

export const PHRASE_CATEGORIES = [
  'blame',
  'refusal',
  'dismissal',
  'false-reaction',
  'command',
  'confrontation',
  'passing-the-buck',
  'policy-shield',
  'impatience',
  'unprofessional',
] as const;
export const PhraseCategory = z.enum(PHRASE_CATEGORIES);
export type PhraseCategory = z.infer<typeof PhraseCategory>;

/** The speech act a flag names ("refusal — no alternative offered"); by default the category's. */
export const SPEECH_ACTS = [
  'refusal',
  'order',
  'blame',
  'doubt',
  'dismissal',
  'false-reaction',
  'confrontation',
  'passing-the-buck',
  'send-to-manager',
  'policy-shield',
  'impatience',
  'unprofessional',
] as const;
export const SpeechAct = z.enum(SPEECH_ACTS);
export type SpeechAct = z.infer<typeof SpeechAct>;

const Text = z.string().trim().min(1, 'must not be empty');
const PatternText = Text.max(120);
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');
const Count = (max: number) => z.coerce.number().int().min(0).max(max);

/** Something standing near a match: a way to excuse it (unless) or a condition for it (requires). */
export const UnlessRule = z
  .strictObject({
    /**
     * A context phrase ending at most `within` characters before the match, in the same sentence
     * (as an `unless` excuse, in its clause; one ending with a clause mark, "之前，", ends on the
     * mark that opens the match's clause).
     */
    preceded_by: z.array(PatternText).min(1).optional(),
    /** A context phrase starting at most `within` characters after the match (may cross sentences). */
    followed_by: z.array(PatternText).min(1).optional(),
    /** Distance in folded characters (an English word is about 5–6). */
    within: Count(200),
    note: z.string().optional(),
  })
  .refine((r) => (r.preceded_by ? 1 : 0) + (r.followed_by ? 1 : 0) === 1, {
    message: 'give exactly one of preceded_by or followed_by',
  });
export type UnlessRule = z.infer<typeof UnlessRule>;

export const POSITIONS = ['any', 'clause-start', 'clause', 'end', 'last-sentence'] as const;

/** An entry's on/off switch: YAML true/false, or the words quoted ('true'). */
const Flag = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((v) => v === true || v === 'true')
  .optional();

export const PhraseEntry = z
  .strictObject({
    id: Id,
    /** The canonical phrase, shown to the trainee. */
    phrase: Text,
    category: PhraseCategory,
    /** The act flagged (default: the category's, a command being an order to the customer). */
    act: SpeechAct.optional(),
    /** An approved way to say it instead. */
    suggestion: Text,
    /** Literal phrases; may be empty when `sequences` are given. */
    patterns: z.array(PatternText).default([]),
    /**
     * Grammar: each sequence is a list of slots matched in order within one clause, at most
     * `gap` characters apart. A slot is a literal or "@class" (a word class under `classes`, or a
     * named list under `contexts`): [@agent, @cannot, @act] matches "we really cannot refund".
     * Bounded: every slot is a literal, the gaps are short, each (slot, position) is tried once.
     */
    sequences: z.array(z.array(PatternText).min(2).max(6)).default([]),
    /** Most characters between two slots of a sequence (default: the list's `gap`). */
    gap: Count(60).optional(),
    /** Words that must not stand in a gap between slots ("you do NOT need to" is no command). */
    not_between: z.array(PatternText).default([]),
    /**
     * any: anywhere; clause-start: only fillers before it in its clause; clause: the whole
     * clause apart from fillers; end: nothing but fillers after it up to the end of the text.
     */
    position: z.enum(POSITIONS).default('any'),
    /** When given, a match counts only if at least one of these holds (same shape as unless). */
    requires: z.array(UnlessRule).default([]),
    /** A match is excused when any of these holds. */
    unless: z.array(UnlessRule).default([]),
    /**
     * Only a phrase said twice in a row counts ("OK OK", "はいはい", "知道了我知道了"): a reduplicated
     * acknowledgement cuts the customer off, a single one may not. Between the two only spaces,
     * punctuation and the list's `fillers.leading` may stand.
     */
    repeated: Flag,
    /**
     * The words themselves are taboo (我不知道, "I don't know"): a refusal that offers a way
     * forward afterwards is still flagged, unlike one that only lacks an alternative.
     */
    wording: Flag,
    /**
     * Matched on the text as written, hedges kept: "really" and "actually" before the customer's
     * act intensify a question into doubt or sarcasm ("did you actually read it?"), where
     * elsewhere they only soften.
     */
    literal: Flag,
    note: z.string().optional(),
  })
  .refine((e) => e.patterns.length + e.sequences.length > 0, {
    message: 'give patterns or sequences',
  });
export type PhraseEntry = z.infer<typeof PhraseEntry>;

export const PhraseListFile = z.strictObject({
  format: z.literal(PHRASE_LIST_FORMAT),
  lang: z.enum(['zh-Hans', 'en', 'ja']),
  /** Most characters a "..." gap may span. */
  gap: Count(60).default(12),
  /** Words that may stand around a clause-positioned phrase without changing it ("please", 啊). */
  fillers: z
    .strictObject({
      leading: z.array(PatternText).default([]),
      trailing: z.array(PatternText).default([]),
    })
    .default({ leading: [], trailing: [] }),
  /**
   * Reported speech: a match shortly after one of these cues (in the same sentence, or before
   * the opening quote when the match is quoted) is someone else's words being restated.
   */
  reporting: z
    .strictObject({
      cues: z.array(PatternText).default([]),
      within: Count(200).default(30),
      /** A cue right after one of these is the speaker quoting themself ("I told you"). */
      not_after: z.array(PatternText).default([]),
      /** A quoted match counts as reported when the quote comes right after one of these (说, said). */
      quote_verbs: z.array(PatternText).default([]),
      /**
       * The speaker's own conclusion opens with one of these (", so"): a cue before it does not
       * reach a match after it ("the mason says it will last forever, so nothing to worry about").
       */
      own_after: z.array(PatternText).default([]),
    })
    .default({ cues: [], within: 30, not_after: [], quote_verbs: [], own_after: [] }),
  contexts: z.record(Id, z.array(PatternText).min(1)).default({}),
  /**
   * Word classes for the grammar layer, used as "@name" in sequences: who speaks (agent: I, we,
   * 我们) or is addressed (customer: you, 你), modals and negation (cannot, 不能, できません),
   * the acts (refund, 退, 変更), obligation (you need to, 你必须), repetition markers.
   */
  classes: z.record(Id, z.array(PatternText).min(1)).default({}),
  /**
   * Hedging words dropped from text and patterns before matching, so a softened phrase is
   * still the phrase ("that's not really my department" = "not my department").
   */
  softeners: z.array(PatternText).default([]),
  /**
   * Contrast words ("but", 但是): an `unless … preceded_by` excuse standing before one of these
   * does not reach past it ("Sorry, but you filled it in wrong" is still blame).
   */
  contrast: z.array(PatternText).default([]),
  /**
   * Cues of the speech-act judge (src/judge/phrases/acts.ts), per language: what makes a
   * clause a question, an offer or a condition, and what counts as a way forward after it.
   */
  acts: z
    .strictObject({
      /** A concrete way forward after a refusal: another option, time, contact, an action. */
      alternative: z.array(PatternText).default([]),
      /** A closing offer that is no alternative ("anything else?"): its sentence is skipped. */
      generic: z.array(PatternText).default([]),
      /**
       * A farewell or courtesy closing the reply ("Have a lovely weekend!", 失礼いたします): a
       * sentence of one, with no way forward in it, leaves the bad news before it the reply's last act.
       */
      farewell: z.array(PatternText).default([]),
      /** A sentence opening an offer or invitation ("would you like", "can I"). */
      offer: z.array(PatternText).default([]),
      /** A condition before the hit in its sentence ("if", "should you", 的话). */
      condition: z.array(PatternText).default([]),
      /** Recommendation wording in the clause of an obligation ("should try", 推荐). */
      recommend: z.array(PatternText).default([]),
      /** What makes an obligation information about a requirement (pay, deposit, fee). */
      information: z.array(PatternText).default([]),
      /** Question words or particles closing a question written without "?" (吗). */
      question: z.array(PatternText).default([]),
      /** In the refusal's own clause, an alternative counts after one of these ("…, maybe another day?"). */
      pivot: z.array(PatternText).default([]),
      /** A question tag after an order or dismissal ("OK?", 好不好): it stays what it is. */
      tag: z.array(PatternText).default([]),
      /**
       * Verbs of bringing or showing that make a future requirement information ("you will need
       * to bring photo ID", 到时候需要带身份证), unlike a task handed over ("you will have to
       * sort that out at the station").
       */
      present: z.array(PatternText).default([]),
      /** An obligation stated as the only option there is (你只能去…): information. */
      only: z.array(PatternText).default([]),
      /** A question that attacks rather than asks ("why would you"): still flagged. */
      rhetorical: z.array(PatternText).default([]),
      /** The softened "I don't know" ("not sure"): with a way forward it is the approved form. */
      hedge: z.array(PatternText).default([]),
      /** Thanks closing a clause: an "OK" before it is no false reaction. */
      thanks: z.array(PatternText).default([]),
      /** A repetition marker after one of these answers a request to repeat ("yes, again"). */
      repeat_ok: z.array(PatternText).default([]),
      /** Courtesy formulas whose "no" refuses nothing ("no problem", 没关系, 不着急). */
      courtesy: z.array(PatternText).default([]),
      /** An adverse outcome said without a "no" ("rejected", "closed", 失效, 驳回). */
      adverse: z.array(PatternText).default([]),
      /** Words that make an imperative a request ("please", "kindly"): no order (reply model). */
      request: z.array(PatternText).default([]),
      /** An outcome the customer asked for ("as you asked", 按您的要求): not adverse. */
      requested: z.array(PatternText).default([]),
      /**
       * The agent's load said ("swamped", "flat out", 立て込んで): a reply-model flag of a sentence
       * saying it names the dismissal "I'm busy right now", whatever act the model guessed.
       */
      busy: z.array(PatternText).default([]),
      /**
       * Words that carry a taboo act with no "no" and no "you" in it (reply model's gate):
       * minimisers ("hardly", 而已), precedent ("in all my years"), being busy ("swamped"), a
       * certainty nobody can give ("no question"), evidence held against the customer's account.
       */
      loaded: z.array(PatternText).default([]),
      /**
       * Acts that would harm the customer (charge, share, keep waiting; 料金, お待たせ): negated by
       * the speaker's will or habit ("we won't charge", "we never share", 料金はかかりません) they
       * promise protection, not a refusal or a denial.
       */
      protect: z.array(PatternText).default([]),
    })
    .default({
      alternative: [],
      generic: [],
      farewell: [],
      offer: [],
      condition: [],
      recommend: [],
      information: [],
      question: [],
      pivot: [],
      tag: [],
      present: [],
      only: [],
      rhetorical: [],
      hedge: [],
      thanks: [],
      repeat_ok: [],
      courtesy: [],
      adverse: [],
      request: [],
      requested: [],
      busy: [],
      loaded: [],
      protect: [],
    }),
  entries: z.array(PhraseEntry).min(1),
});
export type PhraseListFile = z.infer<typeof PhraseListFile>;
