import { z } from 'zod';

/** Bump when a change to the format would make older files mean something else. */
export const FORMAT_VERSION = 1;

export const LANGS = ['zh-Hans', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const Slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'use lower-case letters, digits and hyphens (e.g. "open-questions-1")',
  );
const Text = z.string().trim().min(1, 'must not be empty');
const Key = z.string().regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, "_" or "-"');

/**
 * A rubric pattern: a literal phrase, matched after normalisation (width, case, script,
 * contractions). "..." inside a phrase is a bounded gap ("refund ... today"). No regular
 * expressions: matching time is linear in the answer whatever the author writes.
 */
const Pattern = Text.max(200);

/** Kinds of value a fact can name (kept in step with src/judge/text/values.ts). */
export const VALUE_TYPES = [
  'number',
  'money',
  'quantity',
  'date',
  'weekday',
  'time',
  'duration',
  'place',
  'name',
  'code',
] as const;

const FactValue = z.strictObject({
  type: z.enum(VALUE_TYPES).describe('What kind of value: a date, a place, an order number …'),
  value: Text.max(100).describe(
    'The value as the customer said it ("Guangzhou", "3 May", "CZ3390").',
  ),
});

const Criterion = z.strictObject({
  id: Slug,
  label: Text.describe('What the trainee should have done, shown as met/missed.'),
  weight: z.number().positive().default(1),
  any: z
    .array(Pattern)
    .min(1, 'list at least one accepted phrase')
    .describe('Accepted phrases; one match meets the criterion.'),
  polarity: z
    .enum(['positive', 'negative', 'any'])
    .optional()
    .describe(
      'positive: a phrase said inside a negation or refusal ("I can\'t help") does not count; negative: only a negated phrase counts ("arrived" met by "hasn\'t arrived"); any: either. Default: positive, or as the customer said it.',
    ),
  values: z
    .array(FactValue)
    .optional()
    .describe(
      "The values this fact names. Another value of the same kind in the answer is a wrong fact. Inferred from the phrases and the customer's words when absent.",
    ),
});
export type Criterion = z.infer<typeof Criterion>;

const Example = z.strictObject({
  answer: Text,
  expect: z.enum(['pass', 'partial', 'fail']),
  note: z.string().optional(),
});
export type Example = z.infer<typeof Example>;

const Option = z.strictObject({ key: Key, text: Text });

const itemBase = {
  id: Slug,
  prompt: Text,
  points: z.number().positive().default(1),
  tags: z.array(Slug).default([]),
  skill: Slug.optional().describe("Skill this item trains; defaults to the set's first skill."),
  explanation: Text.describe('Shown after answering: the principle, not just the answer.'),
};

const freeTextBase = {
  ...itemBase,
  criteria: z.array(Criterion).default([]),
  model_answer: Text.describe('A good answer, shown for comparison after judging.'),
  examples: z
    .array(Example)
    .default([])
    .describe('Sample answers with the verdict the author expects; checked by validate.'),
};

export const ChoiceItem = z.strictObject({
  ...itemBase,
  kind: z.literal('choice'),
  options: z.array(Option).min(2),
  answer: Key,
});
export const MultiItem = z.strictObject({
  ...itemBase,
  kind: z.literal('multi'),
  options: z.array(Option).min(2),
  answers: z.array(Key).min(1),
});
export const OrderItem = z.strictObject({
  ...itemBase,
  kind: z.literal('order'),
  steps: z.array(Option).min(2).describe('The steps in their correct order; shown shuffled.'),
});
export const ClassifyItem = z.strictObject({
  ...itemBase,
  kind: z.literal('classify'),
  categories: z.array(Option).min(2),
  statements: z.array(z.strictObject({ text: Text, category: Key })).min(1),
});
export const AskItem = z.strictObject({
  ...freeTextBase,
  kind: z.literal('ask'),
  scenario: Text,
  require: z.enum(['open', 'closed']),
});
export const ParaphraseItem = z.strictObject({
  ...freeTextBase,
  kind: z.literal('paraphrase'),
  customer: Text.describe('What the customer said.'),
  feeling: z.boolean().default(true).describe('The restatement must acknowledge the feeling.'),
  check: z.boolean().default(true).describe('The restatement must end with a checking question.'),
  forbidden_penalty: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      'Accepted for older files and ignored: a forbidden phrase now caps a restatement at partial without costing its met facts (docs/drill-format.md, "Penalties").',
    ),
});
export const RewriteItem = z.strictObject({
  ...freeTextBase,
  kind: z.literal('rewrite'),
  original: Text.describe('The bad sentence to rewrite.'),
  avoid: z
    .array(Pattern)
    .default([])
    .describe('Phrases that must be gone, besides the shared forbidden-phrase list.'),
});
export const ScaleItem = z.strictObject({
  ...itemBase,
  kind: z.literal('scale'),
  points: z.number().min(0).default(0),
  statements: z.array(Text).min(1),
  scale: z.strictObject({
    min: z.number().int(),
    max: z.number().int(),
    min_label: Text,
    max_label: Text,
  }),
  bands: z
    .array(z.strictObject({ min: z.number(), max: z.number(), label: Text, message: Text }))
    .min(1),
});

const Target = Slug.describe('The id of a turn or an ending.');
const RoleplayTurn = z.strictObject({
  id: Slug,
  customer: Text.describe("What the customer says; the agent's reply answers it."),
  expect: z
    .enum(['open-question', 'closed-question', 'restate', 'phrase', 'step'])
    .describe(
      'What the reply must be: an open or closed question, a restatement of facts and feeling, an approved phrase instead of a forbidden one, or a step of a procedure (six steps, phone etiquette).',
    ),
  task: Text.describe('Shown under the customer line: what the agent has to do now.'),
  criteria: z.array(Criterion).default([]),
  model: Text.describe('A good reply, shown in the debrief.'),
  feeling: z.boolean().default(true).describe('restate: the reply must acknowledge the feeling.'),
  check: z.boolean().default(true).describe('restate: the reply must end with a check.'),
  avoid: z
    .array(Pattern)
    .default([])
    .describe('phrase/step: phrases that must not appear, besides the shared forbidden list.'),
  next: z
    .union([
      Target,
      z.strictObject({ good: Target, partial: Target.optional(), poor: Target.optional() }),
    ])
    .describe(
      'Where the conversation goes: one id for every reply, or one per verdict (partial defaults to good, poor to partial).',
    ),
  because: z
    .strictObject({ partial: Text.optional(), poor: Text.optional() })
    .optional()
    .describe(
      "Why the customer reacts as they do after a partial or poor reply, for the debrief's path.",
    ),
});
const RoleplayEnding = z.strictObject({
  id: Slug,
  kind: z.enum(['close', 'walk-out']),
  customer: Text.describe("The customer's last words."),
});
const Transcript = z.strictObject({
  replies: z.array(Text).min(1).describe("The agent's replies in order."),
  ending: Slug.describe('The ending these replies must reach.'),
  expect: z.enum(['pass', 'partial', 'fail']).optional(),
  note: z.string().optional(),
});
export const RoleplayItem = z.strictObject({
  ...itemBase,
  kind: z.literal('roleplay'),
  scenario: z.strictObject({
    who: Text.describe('The customer.'),
    where: Text.describe('The place and the situation.'),
    channel: z.enum(['counter', 'phone', 'chat']),
  }),
  turns: z.array(RoleplayTurn).min(1).describe('The conversation starts at the first turn.'),
  endings: z.array(RoleplayEnding).min(1),
  examples: z
    .array(Transcript)
    .default([])
    .describe('Transcripts with the ending (and verdict) the author expects; checked by validate.'),
});
export type RoleplayItem = z.infer<typeof RoleplayItem>;
export type RoleplayTurn = z.infer<typeof RoleplayTurn>;
export type RoleplayEnding = z.infer<typeof RoleplayEnding>;

export const Item = z.discriminatedUnion('kind', [
  ChoiceItem,
  MultiItem,
  OrderItem,
  ClassifyItem,
  AskItem,
  ParaphraseItem,
  RewriteItem,
  ScaleItem,
  RoleplayItem,
]);
export type Item = z.infer<typeof Item>;
export type ItemKind = Item['kind'];
export type FreeTextItem = Extract<Item, { kind: 'ask' | 'paraphrase' | 'rewrite' }>;
export const ITEM_KINDS = Item.options.map((o) => o.shape.kind.value) as ItemKind[];

export const DrillSet = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(FORMAT_VERSION).describe('Format version of this file.'),
  id: Slug,
  lang: Lang,
  title: Text,
  description: Text,
  intro: Text.describe('Two or three sentences on the skill, shown before the first item.'),
  skills: z.array(Slug).min(1),
  pass_mark: z
    .number()
    .min(0)
    .max(100)
    .default(70)
    .describe('Percent of the points needed to pass.'),
  items: z.array(Item).min(1),
});
export type DrillSet = z.infer<typeof DrillSet>;
