// The bundled library's quality bar: both languages alike, enough items, varied kinds, and
// every free-text rubric tested by its own good and bad examples (validate runs them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import type { DrillSet, Item } from '../../src/drills/schema.js';
import { goodPath, nextOf } from '../../src/roleplay/graph.js';
import { ROOT } from '../helpers/cli.js';

const drills = join(ROOT, 'drills');
const setIds = readdirSync(drills, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'phrase-lists')
  .map((d) => d.name)
  .sort();

function load(id: string, lang: string): DrillSet {
  const file = join(drills, id, `${lang}.yaml`);
  const parsed = parseDrillSet(readFileSync(file, 'utf8'), file);
  if (!parsed.ok)
    throw new Error(`${file}: ${parsed.problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  return parsed.loaded.set;
}

/** A scale's statements count as items of their own (the self-check scales). */
const counted = (items: Item[]) =>
  items.reduce((n, i) => n + (i.kind === 'scale' ? i.statements.length : 1), 0);
const freeText = (i: Item) => i.kind === 'ask' || i.kind === 'paraphrase' || i.kind === 'rewrite';

describe('the bundled drill library', () => {
  it('has the nine sets of the training material and the role-plays', () => {
    expect(setIds).toEqual([
      'complaints',
      'expression',
      'listening',
      'paraphrasing',
      'phone',
      'phrases',
      'questioning',
      'roleplay',
      'self-check',
      'service-cycle',
    ]);
  });

  describe.each(setIds)('%s', (id) => {
    const en = load(id, 'en');
    const zh = load(id, 'zh-Hans');

    it('exists in English and Simplified Chinese with the same items, kinds and answer keys', () => {
      expect([en.id, en.lang, zh.id, zh.lang]).toEqual([id, 'en', id, 'zh-Hans']);
      const shape = (s: DrillSet) =>
        s.items.map((i) => ({
          id: i.id,
          kind: i.kind,
          points: i.points,
          tags: i.tags,
          keys:
            'options' in i
              ? i.options.map((o) => o.key)
              : 'steps' in i
                ? i.steps.map((o) => o.key)
                : 'statements' in i && i.kind === 'classify'
                  ? i.statements.map((st) => st.category)
                  : [],
        }));
      expect(shape(zh)).toEqual(shape(en));
    });

    it.skipIf(id === 'roleplay')('has at least 20 items per language and mixes kinds', () => {
      expect(counted(en.items)).toBeGreaterThanOrEqual(20);
      expect(new Set(en.items.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
      expect(en.intro.length).toBeGreaterThan(40);
    });

    it.skipIf(id === 'self-check' || id === 'roleplay')(
      'has free-text items, each tested by at least three good and three bad examples',
      () => {
        for (const set of [en, zh]) {
          const items = set.items.filter(freeText);
          expect(items.length, `${id} ${set.lang}`).toBeGreaterThanOrEqual(4);
          for (const item of items) {
            if (!freeText(item) || !('examples' in item)) continue;
            const good = item.examples.filter((e) => e.expect === 'pass').length;
            const bad = item.examples.filter((e) => e.expect !== 'pass').length;
            expect(
              [item.id, good >= 3, bad >= 3],
              `${id} ${set.lang} ${item.id}: ${good} good, ${bad} bad`,
            ).toEqual([item.id, true, true]);
          }
        }
      },
    );
  });

  it('has six role-plays per language: 4–8 turns on the good path, a poor branch, a good and a poor transcript', () => {
    for (const lang of ['en', 'zh-Hans']) {
      const plays = load('roleplay', lang).items.filter((i) => i.kind === 'roleplay');
      expect(plays.map((p) => p.id)).toEqual([
        'counter-gift',
        'phone-order',
        'complaint-six-steps',
        'refusal-alternative',
        'bad-news',
        'bank-data',
      ]);
      expect(new Set(plays.map((p) => p.scenario.channel))).toEqual(
        new Set(['counter', 'phone', 'chat']),
      );
      for (const play of plays) {
        const path = goodPath(play).length;
        const poor = play.turns.filter((t) => nextOf(t, 'poor') !== nextOf(t, 'good')).length;
        const endings = play.examples.map((e) => play.endings.find((x) => x.id === e.ending)?.kind);
        expect([play.id, path >= 4 && path <= 8, poor >= 1], `${lang} ${play.id}`).toEqual([
          play.id,
          true,
          true,
        ]);
        expect(endings, `${lang} ${play.id}`).toEqual(
          expect.arrayContaining(['close', 'walk-out']),
        );
      }
    }
  });

  it('has 180 or more items per language', () => {
    for (const lang of ['en', 'zh-Hans']) {
      const total = setIds.reduce((n, id) => n + counted(load(id, lang).items), 0);
      expect(total, lang).toBeGreaterThanOrEqual(180);
    }
  });
});
