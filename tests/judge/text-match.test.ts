import { describe, expect, it } from 'vitest';
import { matcherWork } from '../../src/judge/text/criterion-patterns.js';
import {
  compilePattern,
  findAny,
  findPattern,
  matchCriterion,
  normalise,
} from '../../src/judge/text/index.js';
import { valuesIn } from '../../src/judge/text/values.js';

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

  it('stays bounded on pathological input: work grows linearly with the answer', () => {
    const hostile = (n: number) => `${'a '.repeat(n)}${'refund '.repeat(n / 5)}${'啊'.repeat(n)}`;
    const workFor = (answer: string) => {
      const before = matcherWork();
      expect(find('a ... a ... a ... b', answer)).toBeNull();
      expect(find('refund ... refund ... refund ... today', answer)).toBeNull();
      expect(find('啊…啊…啊…呀', answer)).toBeNull();
      return matcherWork() - before;
    };
    const small = workFor(hostile(2_500));
    const large = workFor(hostile(25_000));
    expect(large).toBeLessThanOrEqual(small * 12);
    // A few gap scans of at most MAX_GAP_UNITS per occurrence, never a product of occurrences.
    expect(large).toBeLessThan(hostile(25_000).length * 200);
    const before = matcherWork();
    expect(find('aaaaaaaaaaaaaaaaaaaaaaaaaaaaab', 'a'.repeat(100_000))).toBeNull();
    expect(matcherWork() - before).toBeLessThanOrEqual(1);
  });
});

describe('polarity of a criterion', () => {
  const c = (any: string[], polarity?: 'positive' | 'negative' | 'any') => ({
    id: 'c',
    label: 'C',
    weight: 1,
    any,
    ...(polarity ? { polarity } : {}),
  });
  it.each([
    ["I won't find out, and I can't take you to anyone.", ['find out', 'take you'], false],
    [
      "I can't refund without a receipt and I can't check cards either.",
      ['let me', 'i will', 'i can'],
      false,
    ],
    ['Nobody here can help you with that.', ['help you'], false],
    ["I'm not sure, but I will find out for you.", ['find out'], true],
    ["I can't refund it, but I can check the card for you.", ['i can'], true],
    ['我不能帮您退款。', ['帮您'], false],
    ['我们没法马上退，不过我可以帮您查一下。', ['帮您'], true],
    ['没人能带您去。', ['带您'], false],
    ['对不起，我来帮您查。', ['帮您'], true],
    ['確認できません。', ['確認'], false],
    ['No wonder you are upset.', ['upset'], true],
  ])('%s — %j met: %s', (answer, any, met) => {
    expect(matchCriterion(c(any), answer).met).toBe(met);
  });

  it('meets a fact the customer said negated when the answer restates the negation', () => {
    const customer = normalise("I ordered it two weeks ago and it hasn't arrived.");
    const arrived = c(['arrived']);
    expect(
      matchCriterion(arrived, "So it still hasn't arrived after two weeks?", customer),
    ).toMatchObject({
      met: true,
      status: 'met',
    });
    const flipped = matchCriterion(arrived, 'So it arrived two weeks ago?', customer);
    expect(flipped).toMatchObject({ met: false, status: 'contradicted' });
    expect(flipped.expected).toMatch(/has ?n.t arrived/);
    // A synonym the customer never used keeps the customer's sense: 没人通知 ~ 没有人告诉.
    const zh = normalise('我的积分清零了，也没人通知我。');
    expect(matchCriterion(c(['通知', '告诉']), '事先也没有人告诉您', zh).met).toBe(true);
    expect(matchCriterion(c(['它还没到']), '它还没到', normalise('它还没到')).met).toBe(true);
  });

  it('honours the declared polarity', () => {
    expect(matchCriterion(c(['arrived'], 'negative'), "it hasn't arrived").met).toBe(true);
    expect(matchCriterion(c(['arrived'], 'negative'), 'it arrived').met).toBe(false);
    expect(matchCriterion(c(['courier'], 'any'), 'nobody called the courier').met).toBe(true);
  });
});

describe('typed values', () => {
  const kinds = (text: string) => valuesIn(text).map((v) => `${v.type}:${v.unit}=${v.value}`);
  it('reads numbers in every script as values', () => {
    expect(kinds('two suitcases')).toEqual(['quantity:suitcase=2']);
    expect(kinds('2 suitcases')).toEqual(['quantity:suitcase=2']);
    expect(kinds('两个箱子')).toEqual(kinds('２个箱子'));
    expect(kinds('两个箱子')).toEqual(kinds('二个箱子'));
    expect(kinds('three thousand five hundred yuan')).toEqual(['money:money=3500']);
    expect(kinds('下午三点')).toEqual(['time:part=afternoon', 'time:clock=3:00']);
    expect(kinds('at 3pm')).toEqual(['time:clock=3:00']);
    expect(kinds('from Guangzhou on Tuesday')).toEqual(['place:from=guangzhou', 'weekday:day=2']);
    expect(kinds('周六送货，等了三天')).toEqual(['weekday:day=6', 'duration:day=3']);
    expect(kinds('flight CZ3390')).toEqual(['code:code=3390']);
    expect(kinds('您冷静一点')).toEqual([]);
  });
  it('reads the pence or cents after a currency word as part of the amount', () => {
    expect(kinds('the stamps came to 6 pounds 75')).toEqual(['money:money=6.75']);
    expect(kinds('the stamps came to £6.75')).toEqual(['money:money=6.75']);
    expect(kinds('6 pounds and 75 stamps')).toEqual(['money:money=6', 'quantity:stamp=75']);
  });
});

it('a comma after a long number separates two values, not thousands (订单号20231108，699元)', () => {
  const values = valuesIn('订单号20231108，699元的退款');
  expect(values.map((v) => [v.type, v.value])).toEqual([
    ['code', '20231108'],
    ['money', '699'],
  ]);
  expect(valuesIn('一張NT$3,200').some((v) => v.value === '3200')).toBe(true);
});
