import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  findAny,
  findPattern,
  matchCriterion,
  normalise,
} from '../../src/judge/text/index.js';

function find(pattern: string, answer: string) {
  return findPattern(compilePattern(pattern), normalise(answer));
}
function matched(pattern: string, answer: string): string | null {
  const m = find(pattern, answer);
  return m ? answer.slice(m.span.start, m.span.end) : null;
}

describe('pattern matcher', () => {
  it('matches literal phrases after normalisation, reporting the original span', () => {
    expect(matched('sorry', 'Oh, I am SORRY about that')).toBe('SORRY');
    expect(matched('请问您', '請問您的訂單號碼？')).toBe('請問您');
    expect(matched('do not worry', 'Don’t worry!')).toBe('Don’t worry');
    expect(matched('3个工作日', '我们会在三个工作日内回复')).toBe('三个工作日');
    expect(matched('二十七卷', '一共27卷')).toBe('27卷');
  });

  it('matches English on word boundaries only', () => {
    expect(find('sorry', 'a sorrowful day')).toBeNull();
    expect(find('refund', 'refunded already')).toBeNull();
    expect(matched('refund', 'a refund, today')).toBe('refund');
    expect(find('help', 'helpful')).toBeNull();
  });

  it('treats "..." and "…" as a bounded gap', () => {
    expect(matched('refund ... today', 'we will refund your money today')).toBe(
      'refund your money today',
    );
    expect(find('refund ... today', 'refund a b c d e f g today')).toBeNull();
    expect(matched('为您…处理', '我们会为您尽快处理')).toBe('为您尽快处理');
    expect(find('为您…处理', '为您一二三四五六七八九十甲乙丙处理')).toBeNull();
    expect(find('refund ... today', 'I will refund it. Call me today')).toBeNull();
  });

  it('matches Japanese kanji patterns against Japanese answers without conversion', () => {
    expect(matched('確認', '確認いたします')).toBe('確認');
    expect(matched('确认', '我們會確認')).toBe('確認');
    expect(matched('ありがとう', 'アリガトウございます')).toBe('アリガトウ');
  });

  it('finds the earliest of several patterns and judges a criterion', () => {
    expect(findAny(['today', 'sorry'], 'Sorry, it will come today')?.pattern).toBe('sorry');
    const r = matchCriterion(
      { id: 'apology', label: 'Apologises', weight: 2, any: ['抱歉', '对不起'] },
      '真對不起，讓您久等了',
    );
    expect(r).toMatchObject({ id: 'apology', met: true, weight: 2, detail: '对不起' });
    expect(r.span).toEqual({ start: 1, end: 4 });
    const miss = matchCriterion({ id: 'x', label: 'X', weight: 1, any: ['refund'] }, 'nothing');
    expect(miss.met).toBe(false);
    expect(miss.span).toBeUndefined();
  });

  it('stays bounded on pathological input', () => {
    const answer = `${'a '.repeat(25_000)}${'refund '.repeat(5_000)}${'啊'.repeat(30_000)}`;
    const t0 = Date.now();
    expect(find('a ... a ... a ... b', answer)).toBeNull();
    expect(find('refund ... refund ... refund ... today', answer)).toBeNull();
    expect(find('啊…啊…啊…呀', answer)).toBeNull();
    expect(find('aaaaaaaaaaaaaaaaaaaaaaaaaaaaab', 'a'.repeat(100_000))).toBeNull();
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
