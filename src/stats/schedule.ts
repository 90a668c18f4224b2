import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Lang } from '../drills/schema.js';
import type { ItemResult } from '../session/item-result.js';
import type { SessionRecord } from '../session/record.js';
import { itemKey } from './item-key.js';
import type { DayKey } from './local-day.js';

/**
 * Spaced repetition (FSRS, via ts-fsrs) computed purely from the history: no state file.
 *
 * - Every item a user has answered is a card, identified by set id and item id (across
 *   languages). Items never answered are not scheduled; scale items (self-ratings) and
 *   unanswered items never are.
 * - Grades: fail → Again, partial → Hard, pass → Good. There is no Easy: answer times
 *   depend too much on the item's length to tell an easy pass from a careful one.
 * - Only the first attempt at an item on each local day counts, whatever the mode
 *   (start, review, assess, resumed or aborted sessions alike). Cramming the same set
 *   again the same day therefore never moves a due date. Practising an item with `start`
 *   on a later day before it is due counts as an early review: FSRS credits little
 *   stability for a short gap, so a pass moves the due date out only a little, and a
 *   miss brings it back soon — the honest signal.
 * - Days, not minutes: short-term learning steps are off; an item is due on the local
 *   day of its FSRS due date and stays due until it is answered.
 */
export type ReviewGrade = 'again' | 'hard' | 'good';

/** Intervals never exceed a year, so even mastered items come back now and then. */
export const MAX_INTERVAL_DAYS = 365;

export function gradeOf(
  result: Pick<ItemResult, 'kind' | 'answer' | 'verdict'>,
): ReviewGrade | null {
  if (result.kind === 'scale' || result.answer === null) return null;
  return result.verdict === 'pass' ? 'good' : result.verdict === 'partial' ? 'hard' : 'again';
}

const RATING: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
};

interface Attempt {
  t: number;
  grade: ReviewGrade;
}

interface CardHistory {
  setId: string;
  itemId: string;
  skill: string;
  lang: Lang;
  latest: number;
  /** The first attempt of each local day. */
  days: Map<DayKey, Attempt>;
}

export interface ScheduledItem {
  setId: string;
  itemId: string;
  skill: string;
  /** Language of the latest attempt. */
  lang: Lang;
  /** When FSRS wants it again, and that instant's local day. */
  due: string;
  dueDay: DayKey;
  /** Attempts that counted (one per day) and how many of them were misses after a success. */
  reviews: number;
  lapses: number;
  lastGrade: ReviewGrade;
  lastDay: DayKey;
  /** FSRS stability in days: roughly how long it stays 90 % likely to be remembered. */
  stability: number;
}

export class AttemptCollector {
  private readonly cards = new Map<string, CardHistory>();

  constructor(private readonly dayOf: (ms: number) => DayKey) {}

  add(r: SessionRecord): void {
    const t = Date.parse(r.startedAt);
    if (Number.isNaN(t)) return;
    const day = this.dayOf(t);
    for (const item of r.items) {
      const grade = gradeOf(item);
      if (grade === null) continue;
      const key = itemKey(r.setId, item.id);
      let card = this.cards.get(key);
      if (!card) {
        card = {
          setId: r.setId,
          itemId: item.id,
          skill: item.skill,
          lang: r.lang,
          latest: t,
          days: new Map(),
        };
        this.cards.set(key, card);
      }
      if (t >= card.latest) {
        card.latest = t;
        card.lang = r.lang;
        card.skill = item.skill;
      }
      const prev = card.days.get(day);
      if (!prev || t < prev.t) card.days.set(day, { t, grade });
    }
  }

  /** Replays each item's counted attempts through FSRS, oldest first. */
  schedule(): ScheduledItem[] {
    const f = fsrs({
      enable_short_term: false,
      enable_fuzz: false,
      maximum_interval: MAX_INTERVAL_DAYS,
    });
    const out: ScheduledItem[] = [];
    for (const c of this.cards.values()) {
      const attempts = [...c.days.entries()].sort((a, b) => a[1].t - b[1].t);
      const first = attempts[0]![1];
      let card: Card = createEmptyCard(new Date(first.t));
      for (const [, a] of attempts) card = f.next(card, new Date(a.t), RATING[a.grade]).card;
      const [lastDay, last] = attempts.at(-1)!;
      out.push({
        setId: c.setId,
        itemId: c.itemId,
        skill: c.skill,
        lang: c.lang,
        due: card.due.toISOString(),
        dueDay: this.dayOf(card.due.getTime()),
        reviews: attempts.length,
        lapses: card.lapses,
        lastGrade: last.grade,
        lastDay,
        stability: Math.round(card.stability * 100) / 100,
      });
    }
    return out.sort(byDue);
  }
}

function byDue(a: ScheduledItem, b: ScheduledItem): number {
  return (
    a.due.localeCompare(b.due) ||
    a.stability - b.stability ||
    a.setId.localeCompare(b.setId) ||
    a.itemId.localeCompare(b.itemId)
  );
}

export interface DueSummary {
  due: ScheduledItem[];
  /** The next days with items coming due after today, with how many. */
  next: { day: DayKey; count: number }[];
}

/** Items due today or earlier (most overdue first) and the next few days with items due. */
export function dueOn(items: ScheduledItem[], today: DayKey, nextDays = 3): DueSummary {
  const due = items.filter((i) => i.dueDay <= today);
  const later = new Map<DayKey, number>();
  for (const i of items) if (i.dueDay > today) later.set(i.dueDay, (later.get(i.dueDay) ?? 0) + 1);
  const next = [...later.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .slice(0, nextDays)
    .map(([day, count]) => ({ day, count }));
  return { due, next };
}
