// What a scored sheet becomes before it crosses back from a worker: the writer's text (or the
// view, for the one writer that keeps views), and the whole session only when it is recorded.
import { describe, expect, it } from 'vitest';
import { presenter } from '../../src/commands/trainer/present.js';
import { assessSheet } from '../../src/commands/trainer/score-sheet.js';
import { renderYamlTemplate } from '../../src/commands/trainer/sheet-template.js';
import { assessTextFor } from '../../src/commands/trainer/text.js';
import { type ScoredOutcome, traineeView } from '../../src/commands/trainer/trainee-view.js';
import { ASSESS_FORMATS, pickWriter } from '../../src/commands/trainer/writers.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { allKinds, fillAllKinds } from '../answers/sheet-helpers.js';

const judge: FreeTextJudge = {
  judge: () => ({
    score: 1,
    max: 1,
    verdict: 'pass',
    criteria: [{ id: 'x', label: 'says it', met: true, weight: 1 }],
    forbidden: [],
    needsReview: true,
  }),
};

async function scored(): Promise<ScoredOutcome> {
  const loaded = allKinds();
  return (await assessSheet(
    { file: 'ana.yaml', text: fillAllKinds(renderYamlTemplate(loaded), 'Ana') },
    {
      setFor: () => ({ loaded }),
      judge,
      now: () => new Date(0),
      newId: () => 'session-1',
      defaultName: () => undefined,
    },
  )) as ScoredOutcome;
}

describe('a presented sheet', () => {
  it("carries the writer's own text for every streaming format, and no session", async () => {
    const outcome = await scored();
    for (const format of ASSESS_FORMATS) {
      const lang = format === 'table' ? 'zh-Hans' : 'en';
      const present = await presenter(
        { format, color: false, lang, record: false },
        outcome.loaded,
      );
      const shown = present(outcome);
      if (shown.kind !== 'scored') throw new Error('not scored');
      expect(shown.record).toBeUndefined();
      expect(shown).toMatchObject({ user: 'Ana', sessionId: 'session-1', file: 'ana.yaml' });
      const plain = await createStyle(false);
      const writer = pickWriter(format, outcome.loaded, plain, assessTextFor(lang), false);
      const view = traineeView(outcome, messagesFor(outcome.record.lang), plain, lang);
      expect(shown.needsReview).toBe(view.needs_review.length);
      expect(shown.passed).toBe(view.passed);
      if (writer.streams) {
        expect(shown.view).toBeUndefined();
        expect(shown.text).toBe(writer.trainee(view));
      } else {
        expect(shown.text).toBeUndefined();
        expect(shown.view).toEqual(view);
      }
    }
  });

  it('carries the session when it is to be recorded', async () => {
    const outcome = await scored();
    const present = await presenter(
      { format: 'csv', color: false, lang: 'en', record: true },
      outcome.loaded,
    );
    const shown = present(outcome);
    expect(shown.kind === 'scored' && shown.record).toEqual(outcome.record);
  });
});
