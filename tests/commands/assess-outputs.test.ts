import { describe, expect, it } from 'vitest';
import { csvWriter } from '../../src/commands/trainer/csv.js';
import { jsonlWriter } from '../../src/commands/trainer/json.js';
import { junitWriter } from '../../src/commands/trainer/junit.js';
import { assessSheet } from '../../src/commands/trainer/score-sheet.js';
import { renderYamlTemplate } from '../../src/commands/trainer/sheet-template.js';
import { tableWriter } from '../../src/commands/trainer/table.js';
import { type ScoredOutcome, traineeView } from '../../src/commands/trainer/trainee-view.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { allKinds, fillAllKinds } from '../answers/sheet-helpers.js';

/** A judge that is never sure, and whose verdicts carry characters XML and CSV must escape. */
const unsure: FreeTextJudge = {
  judge: () => ({
    score: 0.5,
    max: 1,
    verdict: 'partial',
    criteria: [{ id: 'x', label: 'says <"&">', met: false, weight: 1 }],
    forbidden: [],
    needsReview: true,
  }),
};

describe('needs_review and escaping in every output', () => {
  it('marks unsure free-text verdicts in table, CSV, JSON Lines and JUnit', async () => {
    const loaded = allKinds();
    const outcome = (await assessSheet(
      { file: 'a&b.yaml', text: fillAllKinds(renderYamlTemplate(loaded), 'Ana <3') },
      {
        setFor: () => ({ loaded }),
        judge: unsure,
        now: () => new Date(0),
        newId: () => 's',
        defaultName: () => undefined,
      },
    )) as ScoredOutcome;
    const plain = await createStyle(false);
    const view = traineeView(outcome, messagesFor('en'), plain);
    expect(view.needs_review).toEqual(['opener', 'restate', 'rephrase']);

    expect(tableWriter(plain).trainee(view)).toMatch(
      /opener\s+ask\s+0\.5\/1\s+partial\s+needs_review/,
    );
    const csv = csvWriter();
    const rows = `${csv.begin()}${csv.trainee(view)}`.split('\r\n');
    const header = rows[0]!.split(',');
    const opener = rows.find((r) => r.includes(',opener,'))!.split(',');
    expect(opener[header.indexOf('needs_review')]).toBe('true');
    expect(JSON.parse(jsonlWriter().trainee(view))).toMatchObject({
      type: 'trainee',
      needs_review: ['opener', 'restate', 'rephrase'],
    });

    const xml = junitWriter('all-kinds').trainee(view);
    expect(xml).toContain('<testsuite name="Ana &lt;3"');
    expect(xml).toContain('<property name="file" value="a&amp;b.yaml"/>');
    expect(xml).toContain('<property name="needs_review" value="true"/>');
    expect(xml).toContain('✗ says &lt;"&amp;"&gt;');
  });
});

describe('feedback lines longer than a terminal line', () => {
  // Wider than the 80 columns the terminal wraps at: each output must carry it whole.
  const suggestion =
    'I understand how frustrating this delay has been for you, so let me check the order right now and call you back today.';
  const label =
    'names the delivery date the customer was promised and the new one the courier gave';
  const judge: FreeTextJudge = {
    judge: () => ({
      score: 0,
      max: 1,
      verdict: 'fail',
      criteria: [{ id: 'date', label, met: false, weight: 1 }],
      forbidden: [
        { phrase: 'calm down', category: 'dismissal', span: { start: 0, end: 3 }, suggestion },
      ],
      needsReview: false,
    }),
  };

  it('keeps each line whole in JSON, CSV and JUnit', async () => {
    const loaded = allKinds();
    const outcome = (await assessSheet(
      { file: 'a.yaml', text: fillAllKinds(renderYamlTemplate(loaded), 'Ana') },
      {
        setFor: () => ({ loaded }),
        judge,
        now: () => new Date(0),
        newId: () => 's',
        defaultName: () => undefined,
      },
    )) as ScoredOutcome;
    const view = traineeView(outcome, messagesFor('en'), await createStyle(false));
    const rephrase = view.items.find((i) => i.id === 'rephrase')!;
    const said = String(rephrase.answer).slice(0, 3);
    const forbidden = `⚠ Phrase to avoid: ${said} (dismissal / brush-off) → instead: ${suggestion}`;
    const wanted = [`✗ ${label}`, forbidden];
    expect(forbidden.length).toBeGreaterThan(80);
    expect(rephrase.feedback).toEqual(wanted);
    const json = JSON.parse(jsonlWriter().trainee(view)) as {
      items: { id: string; feedback: string[] }[];
    };
    expect(json.items.find((i) => i.id === 'rephrase')!.feedback).toEqual(wanted);

    const csv = csvWriter();
    const text = `${csv.begin()}${csv.trainee(view)}`;
    expect(text).toContain(`"${wanted.join(' | ')}"`);

    const xml = junitWriter('all-kinds').trainee(view);
    expect(xml).toContain(`→ instead: ${suggestion}`);
    expect(xml).toContain(`✗ ${label}`);
  });
});
