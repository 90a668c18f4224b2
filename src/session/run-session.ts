import type { LoadedSet } from '../drills/parse-set.js';
import type { Item } from '../drills/schema.js';
import type { FreeTextJudge } from '../judge/types.js';
import { type Conversation, converse } from '../roleplay/conversation.js';
import type { Answer } from './answer.js';
import type { ItemResult } from './item-result.js';
import {
  percent,
  RECORD_SCHEMA,
  type SessionMode,
  type SessionRecord,
  summarise,
} from './record.js';
import { scoreItem } from './score-item.js';

/** Where answers come from: the terminal prompts, an answer sheet, a test. */
export interface AnswerSource {
  /** For a role-play, `talk` plays the replies so far: the next customer line or the ending. */
  answer(
    item: Item,
    position: { index: number; total: number },
    talk?: Talk,
  ): Promise<Answer | null>;
  /** Called with each result as soon as it is scored (interactive feedback). */
  scored?(
    item: Item,
    result: ItemResult,
    position: { index: number; total: number },
  ): Promise<void>;
}

/** The conversation so far, judged turn by turn with the same judge that scores it. */
export type Talk = (replies: readonly string[]) => Conversation;

/** Thrown by an answer source when the trainee stops (Ctrl-C); the session ends as aborted. */
export class SessionInterrupted extends Error {
  constructor() {
    super('session interrupted');
    this.name = 'SessionInterrupted';
  }
}

export interface RunOptions {
  loaded: LoadedSet;
  /** The items to ask, in order (after --tag, --shuffle, --limit or a schedule). */
  items: Item[];
  source: AnswerSource;
  /** The free-text judge, or a loader called the first time a free-text item is scored. */
  judge: FreeTextJudge | (() => Promise<FreeTextJudge>);
  mode: SessionMode;
  user: string;
  /** The session's id, or how to make it when the record is made (`start` then loads no crypto before its first prompt). */
  id: string | (() => string);
  now: () => Date;
  passMark?: number;
  /** Results carried over from the aborted session being resumed. */
  previous?: { id: string; items: ItemResult[]; startedAt: string };
}

/** Stands in until a free-text item needs the real judge; structured kinds never call it. */
const NO_FREE_TEXT: FreeTextJudge = {
  judge() {
    throw new Error('the free-text judge was not loaded');
  },
};

export async function runSession(opts: RunOptions): Promise<SessionRecord> {
  const { set, hash } = opts.loaded;
  const loadJudge =
    typeof opts.judge === 'function' ? opts.judge : async () => opts.judge as FreeTextJudge;
  let judge: FreeTextJudge | undefined;
  const scoring = async (item: Item) => {
    if (
      item.kind === 'ask' ||
      item.kind === 'paraphrase' ||
      item.kind === 'rewrite' ||
      item.kind === 'roleplay'
    )
      judge ??= await loadJudge();
    return { judge: judge ?? NO_FREE_TEXT, lang: set.lang, defaultSkill: set.skills[0]! };
  };
  const results: ItemResult[] = [...(opts.previous?.items ?? [])];
  const done = new Set(results.map((r) => r.id));
  const todo = opts.items.filter((i) => !done.has(i.id));
  const startedAt = opts.previous?.startedAt ?? opts.now().toISOString();
  let status: SessionRecord['status'] = 'completed';
  for (const [n, item] of todo.entries()) {
    const position = { index: results.length + 1, total: opts.items.length };
    const t0 = opts.now().getTime();
    let answer: Answer | null;
    try {
      const talk: Talk | undefined =
        item.kind === 'roleplay'
          ? await scoring(item).then((c) => (replies) => converse(item, replies, c.judge, c.lang))
          : undefined;
      answer = await opts.source.answer(item, position, talk);
    } catch (error) {
      if (error instanceof SessionInterrupted) {
        status = 'aborted';
        break;
      }
      throw error;
    }
    const durationMs = Math.max(0, opts.now().getTime() - t0);
    // The scored result gets its duration as its last key (as a spread would put it), uncopied.
    const result: ItemResult = Object.assign(scoreItem(item, answer, await scoring(item)), {
      durationMs,
    });
    results.push(result);
    try {
      await opts.source.scored?.(item, result, position);
    } catch (error) {
      if (!(error instanceof SessionInterrupted)) throw error;
      status = n === todo.length - 1 ? 'completed' : 'aborted';
      break;
    }
  }
  const totals = summarise(results);
  const passMark = opts.passMark ?? set.pass_mark;
  return {
    schema: RECORD_SCHEMA,
    id: typeof opts.id === 'string' ? opts.id : opts.id(),
    user: opts.user,
    setId: set.id,
    setHash: hash,
    setTitle: set.title,
    lang: set.lang,
    mode: opts.mode,
    status,
    startedAt,
    endedAt: opts.now().toISOString(),
    plan: opts.items.map((i) => i.id),
    items: results,
    ...totals,
    passMark,
    passed: status === 'completed' && percent(totals.score, totals.max) >= passMark,
    ...(opts.previous ? { resumes: opts.previous.id } : {}),
  };
}
