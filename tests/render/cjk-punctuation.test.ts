import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../src/render/cjk-punctuation.js';

describe('full-width punctuation in Chinese text', () => {
  it('turns ASCII marks touching Chinese into their full-width forms', () => {
    expect(fullWidthPunctuation('我不太清楚,但是我会找出正确答案的。')).toBe(
      '我不太清楚，但是我会找出正确答案的。',
    );
    expect(fullWidthPunctuation('我所能做的是……(说出能做的事和替代方案)')).toBe(
      '我所能做的是……（说出能做的事和替代方案）',
    );
    expect(fullWidthPunctuation('您还好吗?需要帮忙吗!')).toBe('您还好吗？需要帮忙吗！');
  });

  it('joins Chinese alternatives with a full-width slash', () => {
    expect(fullWidthPunctuation('我帮您请经理来 / 我替您转接经理。')).toBe(
      '我帮您请经理来／我替您转接经理。',
    );
  });

  it('leaves marks between ASCII characters, and English text, as they are', () => {
    expect(fullWidthPunctuation('共 3,000 元, A/B 两种')).toBe('共 3,000 元，A/B 两种');
    expect(fullWidthPunctuation("Sorry, that's not my job / ask someone.")).toBe(
      "Sorry, that's not my job / ask someone.",
    );
  });
});
