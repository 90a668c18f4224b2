import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { renderSummary } from '../../src/render/summary.js';
import { makeRecord } from '../helpers/records.js';

const style = await createStyle(false);
const at = (score: number) =>
  makeRecord({
    score,
    max: 10,
    passMark: 70,
    passed: score >= 7,
    skills: { listening: { score, max: 10 } },
  });

describe('the end-of-session summary', () => {
  it('compares with the previous attempt at the set, in both languages', () => {
    expect(renderSummary(at(8), at(6), messagesFor('en'), style)).toContain(
      '▲ up 20 percentage points since your last attempt (60%)',
    );
    expect(renderSummary(at(5), at(6), messagesFor('en'), style)).toContain(
      '▼ down 10 percentage points since your last attempt (60%)',
    );
    expect(renderSummary(at(6), at(6), messagesFor('en'), style)).toContain(
      '= the same as your last attempt (60%)',
    );
    expect(renderSummary(at(8), undefined, messagesFor('en'), style)).toContain(
      'Your first attempt at this set.',
    );
    expect(renderSummary(at(8), at(6), messagesFor('zh-Hans'), style)).toContain(
      '▲ 比上次（60%）提高 20 个百分点',
    );
    expect(renderSummary(at(6), at(6), messagesFor('zh-Hans'), style)).toContain(
      '= 与上次（60%）持平',
    );
  });

  it('states the score, the pass mark and the time taken', () => {
    const text = renderSummary(at(8), undefined, messagesFor('en'), style);
    expect(text).toContain('Score: 80% (8/10) — passed (pass mark 70%)');
    expect(text).toContain('Time: 5 min 0 s');
  });
});
