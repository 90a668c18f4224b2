import type { Lang } from '../drills/schema.js';
import type { ItemSummary, SessionSummary } from '../history/summary.js';
import { percent } from '../session/record.js';
import { type Calibration, calibrate, type SelfRating } from './calibration.js';
import { type SetSizes, standsForSet } from './comparable.js';
import { type ItemInfo, type ItemLookup, itemKey } from './item-key.js';
import type { DayKey } from './local-day.js';
import { type Streaks, streaks } from './streaks.js';

/** An item needs this many attempts before its success rate says anything. */
export const MIN_ATTEMPTS = 3;
/** Missed (verdict "fail") this many times: a chronic miss, like a flashcard leech. */
export const LEECH_MISSES = 4;
/** Sessions drawn in a trend sparkline. */
export const TREND_LENGTH = 12;
const WEAKEST_SHOWN = 5;

export interface GroupStats {
  /** Set id or skill name. */
  key: string;
  title?: string;
  sessions: number;
  /** Percentages (0–100, one decimal) of completed, scored sessions. */
  latest: number;
  best: number;
  /** Mean of the session percentages. */
  average: number;
  /** The latest session percentages (TREND_LENGTH unless asked otherwise), oldest first. */
  trend: number[];
}

export interface ItemTally {
  setId: string;
  itemId: string;
  skill: string;
  kind: string;
  lang: Lang;
  attempts: number;
  passes: number;
  partials: number;
  misses: number;
  /** passes / attempts, 0–1. */
  successRate: number;
  info?: ItemInfo;
}

export interface Stats {
  /** Completed sessions with a score (scale-only sessions have none), reviews excepted. */
  sessions: number;
  aborted: number;
  /** Completed review sessions. */
  reviews: number;
  /** Completed, scored sessions over part of their set (--tag, --limit, --missed): counted
   * for their items, skills and the overall score, not in their set's figures. */
  partial: number;
  /** All scored points over all possible points of the completed sessions, in percent. */
  overall: number | null;
  first: string | null;
  last: string | null;
  sets: GroupStats[];
  skills: GroupStats[];
  weakest: ItemTally[];
  chronicMisses: ItemTally[];
  streaks: Streaks;
  selfRatings: SelfRating[];
  calibration: Calibration[];
}

interface Series {
  title?: string;
  points: { t: number; pct: number }[];
  best: number;
  sum: number;
}

interface ScaleTake {
  setId: string;
  itemId: string;
  skill: string;
  lang: Lang;
  t: number;
  total: number;
  ratings: number;
}

/**
 * Statistics built one session at a time, so a history of any length streams through
 * without being held: memory grows with the number of sets, skills, items and days, plus
 * one small number per scored session for the trends.
 */
export class StatsAggregator {
  private sessions = 0;
  private aborted = 0;
  private reviews = 0;
  private partial = 0;
  private first: { t: number; iso: string } | null = null;
  private last: { t: number; iso: string } | null = null;
  private readonly sets = new Map<string, Series>();
  private readonly skills = new Map<string, Series>();
  private readonly items = new Map<string, Omit<ItemTally, 'successRate' | 'info'>>();
  private readonly scales = new Map<string, ScaleTake>();
  private readonly days = new Set<DayKey>();
  private scoreSum = 0;
  private maxSum = 0;

  private readonly trendLength: number;

  /**
   * `sizes`: each set's item count, which tells a whole-set run (the set's figures) from a part.
   * `trendLength`: how many of the latest session percentages each trend keeps (the HTML chart draws more).
   */
  constructor(
    private readonly dayOf: (ms: number) => DayKey,
    private readonly sizes: SetSizes,
    opts: { trendLength?: number } = {},
  ) {
    this.trendLength = opts.trendLength ?? TREND_LENGTH;
  }

  add(r: SessionSummary): void {
    const t = Date.parse(r.startedAt);
    if (Number.isNaN(t)) return;
    if (r.items.length > 0) this.days.add(this.dayOf(t));
    if (!this.first || t < this.first.t) this.first = { t, iso: r.startedAt };
    if (!this.last || t > this.last.t) this.last = { t, iso: r.startedAt };
    for (const item of r.items) this.addItem(r, item, t);
    if (r.status !== 'completed') {
      this.aborted++;
      return;
    }
    // A review session holds only the items due, across skills: its score says nothing about
    // the set as a whole, so it counts for items, streaks and the schedule but not for the trends.
    if (r.mode === 'review') {
      this.reviews++;
      return;
    }
    if (r.max <= 0) return;
    this.sessions++;
    this.scoreSum += r.score;
    this.maxSum += r.max;
    if (standsForSet(r, this.sizes))
      push(this.sets, r.setId, t, percent(r.score, r.max), r.setTitle);
    else this.partial++;
    for (const [skill, s] of Object.entries(r.skills ?? {})) {
      if (s.max > 0) push(this.skills, skill, t, percent(s.score, s.max));
    }
  }

  private addItem(r: SessionSummary, item: ItemSummary, t: number): void {
    if (item.kind === 'scale') {
      if (item.ratings === undefined || !item.scale) return;
      const key = itemKey(r.setId, item.id);
      const prev = this.scales.get(key);
      if (!prev || t >= prev.t) {
        this.scales.set(key, {
          setId: r.setId,
          itemId: item.id,
          skill: item.skill,
          lang: r.lang,
          t,
          total: item.scale.total,
          ratings: item.ratings,
        });
      }
      return;
    }
    if (!item.answered) return;
    const key = itemKey(r.setId, item.id);
    let s = this.items.get(key);
    if (!s) {
      s = {
        setId: r.setId,
        itemId: item.id,
        skill: item.skill,
        kind: item.kind,
        lang: r.lang,
        attempts: 0,
        passes: 0,
        partials: 0,
        misses: 0,
      };
      this.items.set(key, s);
    }
    s.attempts++;
    if (item.verdict === 'pass') s.passes++;
    else if (item.verdict === 'partial') s.partials++;
    else s.misses++;
    s.lang = r.lang;
  }

  /** The figures; `lookup` adds what the drill sets say about items (explanations, scale ranges). */
  result(today: DayKey, lookup: ItemLookup = () => undefined): Stats {
    const items = [...this.items.values()].map((s) => ({
      ...s,
      successRate: s.passes / s.attempts,
    }));
    const withInfo = (s: Omit<ItemTally, 'info'>): ItemTally => {
      const info = lookup(s.setId, s.itemId, s.lang);
      return info ? { ...s, info } : s;
    };
    const weakest = items
      .filter((s) => s.attempts >= MIN_ATTEMPTS && s.successRate < 1)
      .sort(
        (a, b) =>
          a.successRate - b.successRate ||
          b.misses - a.misses ||
          b.attempts - a.attempts ||
          a.itemId.localeCompare(b.itemId),
      )
      .slice(0, WEAKEST_SHOWN)
      .map(withInfo);
    const chronicMisses = items
      .filter((s) => s.misses >= LEECH_MISSES)
      .sort((a, b) => b.misses - a.misses || a.itemId.localeCompare(b.itemId))
      .map(withInfo);
    const skills = groups(this.skills, this.trendLength);
    const selfRatings: SelfRating[] = [];
    for (const take of [...this.scales.values()].sort((a, b) => a.skill.localeCompare(b.skill))) {
      const scale = lookup(take.setId, take.itemId, take.lang)?.scale;
      if (!scale) continue;
      const range = take.ratings * (scale.max - scale.min);
      if (range <= 0) continue;
      const selfPct = Math.round(((take.total - take.ratings * scale.min) / range) * 1000) / 10;
      selfRatings.push({
        setId: take.setId,
        itemId: take.itemId,
        skill: take.skill,
        total: take.total,
        lowest: take.ratings * scale.min,
        highest: take.ratings * scale.max,
        selfPct,
        at: new Date(take.t).toISOString(),
      });
    }
    return {
      sessions: this.sessions,
      aborted: this.aborted,
      reviews: this.reviews,
      partial: this.partial,
      overall: this.maxSum > 0 ? percent(this.scoreSum, this.maxSum) : null,
      first: this.first?.iso ?? null,
      last: this.last?.iso ?? null,
      sets: groups(this.sets, this.trendLength),
      skills,
      weakest,
      chronicMisses,
      streaks: streaks(this.days, today),
      selfRatings,
      calibration: calibrate(selfRatings, skills),
    };
  }
}

function push(map: Map<string, Series>, key: string, t: number, pct: number, title?: string): void {
  let s = map.get(key);
  if (!s) {
    s = { points: [], best: 0, sum: 0 };
    map.set(key, s);
  }
  if (title !== undefined && (s.points.length === 0 || t >= s.points.at(-1)!.t)) s.title = title;
  s.points.push({ t, pct });
  s.best = Math.max(s.best, pct);
  s.sum += pct;
}

function groups(map: Map<string, Series>, trendLength: number): GroupStats[] {
  return [...map.entries()]
    .map(([key, s]) => {
      // Histories are appended in time order, but merged files need not be.
      s.points.sort((a, b) => a.t - b.t);
      return {
        key,
        ...(s.title !== undefined ? { title: s.title } : {}),
        sessions: s.points.length,
        latest: s.points.at(-1)!.pct,
        best: s.best,
        average: Math.round((s.sum / s.points.length) * 10) / 10,
        trend: s.points.slice(-trendLength).map((p) => p.pct),
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
