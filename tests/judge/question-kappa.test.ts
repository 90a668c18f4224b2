import { expect, test } from 'vitest';
import { cohensKappa } from '../../src/eval/kappa.js';
import { renderReports } from '../../src/eval/main.js';
import { evalQuestions } from '../../src/eval/questions.js';

const CLASSES = ['open', 'closed'];
const row = (expected: string, got: string) => ({ expected, got });

test("Cohen's kappa: chance agreement taken out of the observed agreement", () => {
  // 8 of 10 agree; both sides say open half the time, so chance agreement is 0.5.
  const rows = [
    ...Array.from({ length: 4 }, () => row('open', 'open')),
    ...Array.from({ length: 4 }, () => row('closed', 'closed')),
    row('open', 'closed'),
    row('closed', 'open'),
  ];
  expect(cohensKappa(CLASSES, rows)).toBeCloseTo(0.6, 10);
  expect(cohensKappa(CLASSES, [row('open', 'open'), row('closed', 'closed')])).toBe(1);
  // Always answering "open" on a balanced set agrees by chance only.
  expect(cohensKappa(CLASSES, [row('open', 'open'), row('closed', 'open')])).toBe(0);
  // One class on both sides: chance agreement is total, kappa undefined.
  expect(cohensKappa(CLASSES, [row('open', 'open')])).toBeNull();
  expect(cohensKappa(CLASSES, [])).toBeNull();
});

test('the question report prints kappa lines after the summary table, leaving its lines as they were', () => {
  const reports = evalQuestions([
    { text: 'What happened next?', lang: 'en', label: 'open' },
    { text: 'Did it arrive?', lang: 'en', label: 'closed' },
  ]);
  const lines = renderReports(reports).split('\n');
  expect(lines).toContain('kappa question all 1.000');
  expect(lines).toContain('kappa question en 1.000');
  const summary = lines.findIndex((l) => l.startsWith('question    all'));
  expect(summary).toBeGreaterThan(0);
  expect(lines[summary]).toBe(
    'question    all         2    100.0%  open 100.0% / 100.0%   closed 100.0% / 100.0%',
  );
  expect(lines.indexOf('kappa question all 1.000')).toBeGreaterThan(summary + 1);
});
