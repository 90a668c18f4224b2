import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Re-measured alone from session 32's 021d31e5 (reverted there with six other readings).
test('a road before which a verb and 错 or a Cantonese particle stands is no name', () => {
  const coach = '司機兜錯路,我哋成班細路喺門口等咗一個鐘。';
  const status = (answer: string) =>
    factStatus(judge, coach, ['兜錯路', '行錯路'], answer, 'zh-Hans');
  expect(status('司機兜錯路,啲細路喺門口等咗一個鐘。')).toBe('met');
  expect(status('司機行錯咗路,啲細路喺門口等咗一個鐘。')).toBe('met');
});

test('another name before the same head is still a wrong name', () => {
  expect(
    factStatus(judge, '我喺旺角店買咗部相機。', ['旺角店'], '你喺銅鑼灣店買咗部相機。', 'zh-Hans'),
  ).toBe('contradicted');
});
