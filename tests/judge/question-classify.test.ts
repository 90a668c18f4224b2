import { describe, expect, it, vi } from 'vitest';
import { classifyQuestion, questionsAsked } from '../../src/judge/question/index.js';

function verdict(text: string): [string, string] {
  const r = classifyQuestion(text);
  return [r.verdict, r.cue];
}

describe('classifyQuestion: English', () => {
  it('reads wh-words by class: what/how/why open; which/where, quantities and identifiers closed', () => {
    expect(verdict('What happened to the parcel?')).toEqual(['open', 'what']);
    expect(verdict('How did the screen crack?')).toEqual(['open', 'how']);
    expect(verdict('Why did you cancel?')).toEqual(['open', 'why']);
    expect(verdict('How many items were missing?')).toEqual(['closed', 'one-fact:how-many']);
    expect(verdict('How old is the boiler?')).toEqual(['closed', 'one-fact:how-old']);
    expect(verdict('Which branch did you visit?')).toEqual(['closed', 'one-fact:which']);
    expect(verdict('Where did you buy the charger?')).toEqual(['closed', 'one-fact:where']);
    expect(verdict('How much was the late fee?')).toEqual(['closed', 'one-fact:how-much']);
    expect(verdict('What was the total on the receipt?')).toEqual(['closed', 'one-fact:amount']);
    expect(verdict('What is your order number, please?')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict("What's your postcode?")).toEqual(['closed', 'one-fact:ident']);
  });

  it('reads auxiliaries, tags and options as closed', () => {
    expect(verdict('Did the parcel arrive?')).toEqual(['closed', 'yes-no:did']);
    expect(verdict("Didn't the engineer call you?")).toEqual(['closed', 'yes-no:did']);
    expect(verdict('You paid by card, right?')).toEqual(['closed', 'tag:right']);
    expect(verdict("It arrived on Monday, didn't it?")[0]).toBe('closed');
    expect(verdict('Would you like a refund or a replacement?')).toEqual(['closed', 'options:or']);
    expect(verdict('What would you prefer, a refund or a voucher?')).toEqual([
      'closed',
      'options:or',
    ]);
  });

  it('counts invitations with yes/no grammar as open', () => {
    expect(verdict('Is there anything I can help you with?')).toEqual([
      'open',
      'invitation:anything-help',
    ]);
    expect(verdict("I'd love to hear a bit more about what happened.")).toEqual([
      'open',
      'invitation:tell-me',
    ]);
    expect(verdict('Could you tell me more about the problem?')).toEqual([
      'open',
      'invitation:tell-me',
    ]);
    expect(verdict('Can you describe the noise?')).toEqual(['open', 'invitation:describe']);
    expect(verdict('Would you walk me through the steps?')).toEqual([
      'open',
      'invitation:describe',
    ]);
    expect(verdict('Please describe the fault.')).toEqual(['open', 'invitation:describe']);
    expect(verdict('Could you tell me your order number?')).toEqual(['closed', 'one-fact:ident']);
  });

  it('reads when/who/what time as one fact: closed', () => {
    expect(classifyQuestion('When did you order it?')).toMatchObject({
      verdict: 'closed',
      cue: 'one-fact:when',
      confident: true,
    });
    expect(verdict('What time did the engineer arrive?')).toEqual(['closed', 'one-fact:when']);
    expect(verdict('Who did you speak to?')).toEqual(['closed', 'one-fact:who']);
    expect(verdict('On a scale of 0 to 10, how ready are you?')).toEqual([
      'closed',
      'one-fact:scale',
    ]);
  });

  it('reads where/which about the problem itself or the customer view as open', () => {
    expect(verdict('Where does it hurt?')).toEqual(['open', 'problem:where']);
    expect(verdict('Which part of the form confused you?')).toEqual(['open', 'problem:which']);
    expect(verdict('Where do you think it went wrong?')).toEqual(['open', 'problem:where']);
    expect(verdict('Where would you like to go from here?')).toEqual(['open', 'problem:where']);
    expect(verdict('Where would you like it delivered?')).toEqual(['closed', 'one-fact:where']);
  });

  it('reads embedded questions without a question mark by their wh-word', () => {
    expect(verdict("I'd be interested to know what made you switch.")).toEqual(['open', 'what']);
    expect(verdict("I'm curious about how you use the app.")).toEqual([
      'open',
      'invitation:tell-me',
    ]);
    expect(verdict('Let me know which day suits you.')).toEqual(['closed', 'one-fact:which']);
    expect(verdict('How about your family?')).toEqual(['open', 'what-about']);
    expect(verdict('How about we call you back at five?')).toEqual([
      'closed',
      'suggestion:how-about',
    ]);
  });

  it('reads "which" among given options as closed', () => {
    expect(verdict('Which would you like, the red one or the blue one?')).toEqual([
      'closed',
      'options:or',
    ]);
    expect(verdict('Which of the two addresses should we use?')).toEqual([
      'closed',
      'options:which-of',
    ]);
  });

  it('reads "do you know + wh" by the embedded wh-word, without confidence', () => {
    const r = classifyQuestion('Do you know what happened?');
    expect(r).toMatchObject({ verdict: 'open', cue: 'embedded:what', confident: false });
    expect(classifyQuestion('Do you remember when you ordered?')).toMatchObject({
      verdict: 'closed',
      cue: 'one-fact:when',
      confident: false,
    });
    expect(verdict('Do you know how many were missing?')).toEqual(['closed', 'one-fact:how-many']);
  });

  it('judges the last question of a multi-sentence turn and reports its span', () => {
    const text = "I'm sorry about that. Is the box damaged? Thanks.";
    const r = classifyQuestion(text);
    expect(r.verdict).toBe('closed');
    expect(r.question).toBe('Is the box damaged?');
    expect(text.slice(r.span.start, r.span.end)).toBe('Is the box damaged?');
  });

  it('is not confident without a cue', () => {
    expect(classifyQuestion('You got it yesterday?')).toMatchObject({
      verdict: 'closed',
      cue: 'declarative-question',
      confident: false,
    });
    expect(classifyQuestion('')).toMatchObject({ cue: 'empty', confident: false });
  });
});

describe('classifyQuestion: Chinese (both scripts)', () => {
  it('reads wh-words and one-fact words', () => {
    expect(verdict('您遇到什么问题？')).toEqual(['open', '什么']);
    expect(verdict('為什麼會這樣呢？')).toEqual(['open', '为什么']);
    expect(verdict('您希望我们怎么处理？')).toEqual(['open', '怎么']);
    expect(verdict('请问您的订单号是多少？')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('您的收件地址是哪裡？')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('请问您贵姓？')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('您一共买了几件？')).toEqual(['closed', 'one-fact:how-many']);
    expect(verdict('您等了多长时间？')).toEqual(['closed', 'one-fact:how-many']);
    expect(verdict('您是在哪里买的？')).toEqual(['closed', 'one-fact:where']);
    expect(verdict('哪里不舒服？')).toEqual(['open', 'problem:where']);
    expect(verdict('您觉得问题出在哪儿？')).toEqual(['open', 'problem:where']);
    expect(verdict('您對哪些地方不滿意？')).toEqual(['open', 'list:哪些']);
    expect(verdict('您想了解哪方面的内容？')[0]).toBe('open');
    expect(verdict('您用的是哪個型號？')).toEqual(['closed', 'one-fact:which']);
    expect(verdict('您什么时候方便？')).toEqual(['closed', 'one-fact:when']);
    expect(verdict('扣款是在哪一天发生的？')).toEqual(['closed', 'one-fact:when']);
    expect(verdict('是谁帮您安装的？')).toEqual(['closed', 'one-fact:who']);
    expect(verdict('您平时用这张卡做什么？')).toEqual(['open', '什么']);
  });

  it('reads yes/no grammar, tags and options as closed', () => {
    expect(verdict('您收到货了吗？')).toEqual(['closed', '吗']);
    expect(verdict('您是否遇到问题？')).toEqual(['closed', 'yes-no:是否']);
    expect(verdict('您有沒有試過重新開機？')).toEqual(['closed', 'yes-no:有没有']);
    expect(verdict('您满不满意？')).toEqual(['closed', 'yes-no:a-not-a']);
    expect(verdict('包裹沒到，對吧？')).toEqual(['closed', 'tag:对吧']);
    expect(verdict('您是想退款还是换货？')).toEqual(['closed', 'options:还是']);
    expect(verdict('退款和换货，您选哪个？')).toEqual(['closed', 'options:哪个']);
    expect(verdict('这两个地址用哪一个？')).toEqual(['closed', 'options:哪个']);
    expect(verdict('这两笔扣款您觉得哪一笔不对？')).toEqual(['closed', 'options:哪个']);
    expect(verdict('账单上哪几笔扣款您觉得不对？')).toEqual(['open', 'list:哪几']);
  });

  it('counts invitations as open even with 吗 or no question mark', () => {
    expect(verdict('有什么需要我帮忙的吗？')).toEqual(['open', 'invitation:anything-help']);
    expect(verdict('請問還有什麼可以幫您的嗎？')).toEqual(['open', 'invitation:anything-help']);
    expect(verdict('還有什麼想告訴我們的嗎？')).toEqual(['open', 'invitation:anything-help']);
    // Anything else the customer wants us to act on (follow up, pass on) gives the floor back too.
    expect(verdict('有冇其他嘢想我哋跟進？')).toEqual(['open', 'invitation:anything-help']);
    expect(verdict('还有没有别的需要我们转达的？')).toEqual(['open', 'invitation:anything-help']);
    expect(verdict('有没有其他东西想我们处理一下？')).toEqual(['open', 'invitation:anything-help']);
    expect(verdict('能不能说说具体情况？')[0]).toBe('open');
    expect(verdict('请您详细说一下。')[0]).toBe('open');
    expect(verdict('麻烦您提供一下身份证号。')).toEqual(['closed', 'one-fact:ident']);
  });
});

describe('classifyQuestion: Japanese', () => {
  it('reads wh-words and か endings', () => {
    expect(verdict('どのようなご用件でしょうか。')).toEqual(['open', 'どのような']);
    expect(verdict('なぜそう思われたのですか？')).toEqual(['open', 'なぜ']);
    expect(verdict('商品は届きましたか？')).toEqual(['closed', 'か']);
    expect(verdict('いつご購入されましたか？')).toEqual(['closed', 'one-fact:when']);
    expect(verdict('どちらの店舗でお買い求めになりましたか。')).toEqual([
      'closed',
      'one-fact:which',
    ]);
    expect(verdict('水漏れはどこから出ていますか。')).toEqual(['closed', 'one-fact:where']);
    expect(verdict('どこが痛みますか。')).toEqual(['open', 'problem:where']);
    expect(verdict('どこがお辛いですか？')).toEqual(['open', 'problem:where']);
    expect(verdict('哪里觉得酸胀？')).toEqual(['open', 'problem:where']);
    // 麻烦您 is "would you mind", not a symptom.
    expect(verdict('麻烦您说一下是在哪家店买的？')).toEqual(['closed', 'one-fact:which']);
    expect(verdict('Where does it feel numb?')).toEqual(['open', 'problem:where']);
    expect(verdict('どれが一番使いにくいと感じますか。')).toEqual(['open', 'problem:which']);
    expect(verdict('いつ頃から調子が悪くなりましたか。')).toEqual(['closed', 'one-fact:when']);
    expect(verdict('料金はいくらでしたか。')).toEqual(['closed', 'one-fact:how-many']);
    expect(verdict('ご住所はどちらになりますか。')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('お名前は？')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('どうぞよろしいですか。')[0]).toBe('closed');
  });

  it('reads options, confirmations and invitations', () => {
    expect(verdict('赤ですか、青ですか？')).toEqual(['closed', 'options:か…か']);
    expect(verdict('返金と交換、どちらをご希望ですか。')).toEqual(['closed', 'options:どちら']);
    expect(verdict('赤、青、黒のどれになさいますか。')).toEqual(['closed', 'options:どちら']);
    expect(verdict('どこかおかしいところはありますか。')).toEqual(['closed', 'か']);
    expect(verdict('カードの暗証番号はお分かりですか。')).toEqual(['closed', 'か']);
    // Katakana stays katakana for the rules: パスワードの is no どの.
    expect(verdict('パスワードの再設定はお済みでしょうか。')).toEqual(['closed', 'か']);
    expect(verdict('メールアドレスは何ですか。')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('お届けは昨日ですよね？')).toEqual(['closed', 'tag:ですよね']);
    expect(verdict('何かお困りのことはございますか？')).toEqual([
      'open',
      'invitation:anything-help',
    ]);
    expect(verdict('何があったか詳しく教えていただけますか。')[0]).toBe('open');
    expect(verdict('お名前をお伺いしてもよろしいでしょうか。')).toEqual([
      'closed',
      'one-fact:ident',
    ]);
    expect(verdict('届いたかどうか教えていただけますか。')).toEqual(['closed', 'yes-no:かどうか']);
  });

  it('uses the language hint for kanji-only text', () => {
    expect(classifyQuestion('何故？', 'ja').verdict).toBe('open');
  });
});

/** Seven pathological shapes of about `n` characters each. */
function pathological(n: number): string[] {
  return [
    `${'~'.repeat(n)}a`,
    `吗${'~'.repeat(n)}的`,
    `${'か'.repeat(n)}の`,
    `${'what, '.repeat(n / 5)}right?`,
    `${'do you know '.repeat(n / 10)}what happened?`,
    'a or '.repeat(n / 4),
    '还是'.repeat(n / 2),
  ];
}

/**
 * Characters every regular expression was run over while classifying `inputs` (replace,
 * split, match and test all go through RegExp.prototype.exec): the work done, counted.
 */
function charactersScanned(
  inputs: readonly string[],
  judge: (text: string) => unknown = classifyQuestion,
): number {
  let chars = 0;
  const exec = RegExp.prototype.exec;
  const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (
    this: RegExp,
    input: string,
  ) {
    const text = String(input);
    chars += text.length - (this.global || this.sticky ? this.lastIndex : 0);
    return exec.call(this, text);
  });
  try {
    for (const text of inputs) judge(text);
  } finally {
    spy.mockRestore();
  }
  return chars;
}

describe('classifyQuestion: bounded work', () => {
  it('gives a verdict on pathological input of 100k characters', () => {
    for (const text of pathological(100_000))
      expect(['open', 'closed']).toContain(classifyQuestion(text).verdict);
  });

  it('does work linear in the input: ten times the text, at most about ten times the scanning', () => {
    const small = charactersScanned(pathological(2_000));
    const large = charactersScanned(pathological(20_000));
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(11 * small);
  });

  it('counts the questions of a turn (barrage, hostile) in linear work too', () => {
    const small = charactersScanned(pathological(2_000), questionsAsked);
    const large = charactersScanned(pathological(20_000), questionsAsked);
    expect(large).toBeLessThanOrEqual(11 * small);
  });
});

describe('classifyQuestion: one fact picked from a known range, in every language', () => {
  it('reads "what + a fact noun", the thing bought, and which-lists by the policy', () => {
    expect(verdict('What kind of phone do you have?')).toEqual(['closed', 'one-fact:kind-of']);
    expect(verdict('What kind of problem are you having?')).toEqual(['open', 'what']);
    expect(verdict('What colour was the bag?')).toEqual(['closed', 'one-fact:which']);
    expect(verdict("What's your preferred delivery day?")).toEqual(['closed', 'one-fact:when']);
    expect(verdict('What did you order?')).toEqual(['closed', 'one-fact:what-object']);
    expect(verdict('What did you buy it for?')).toEqual(['open', 'what']);
    expect(verdict('Which items were missing?')).toEqual(['open', 'list:which']);
    expect(verdict('Which option do you think is best?')).toEqual(['closed', 'one-fact:which']);
    expect(verdict('您用的是什么型号的手机？')).toEqual(['closed', 'one-fact:what-kind']);
    expect(verdict('您买了什么？')).toEqual(['closed', 'one-fact:what-object']);
    expect(verdict('您想买什么？')).toEqual(['open', '什么']);
    expect(verdict('您觉得哪个方案更适合您？')).toEqual(['closed', 'one-fact:which']);
    expect(verdict('お使いの機種は何ですか？')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('お支払い方法はどうなさいますか？')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('何をご注文されましたか？')).toEqual(['closed', 'one-fact:what-object']);
    expect(verdict('How would you like to pay?')).toEqual(['closed', 'one-fact:how-means']);
    expect(verdict('How did you hear about us?')).toEqual(['open', 'how']);
    expect(verdict('我们怎么联系您比较方便？')).toEqual(['closed', 'one-fact:how-means']);
    expect(verdict('お支払いはどうなさいますか？')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('And your postcode?')).toEqual(['closed', 'one-fact:ident']);
  });

  it('reads spoken repairs as the word repeated once', () => {
    expect(verdict('What-what do you think about that?')).toEqual(['open', 'what']);
    expect(verdict('So, uh, how-- how are you feeling about it?')).toEqual(['open', 'how']);
    expect(verdict('Do do you drink every day?')).toEqual(['closed', 'yes-no:do']);
    expect(verdict('How much do you know about the risks?')).toEqual(['open', 'how']);
  });

  it('reads "is there anything … bothering you / you would like to tell us" as open', () => {
    expect(verdict("Is there something specific that's bothering you?")).toEqual([
      'open',
      'invitation:anything-help',
    ]);
    expect(verdict("Is there anything about your stay you'd like to tell us?")).toEqual([
      'open',
      'invitation:anything-help',
    ]);
    expect(verdict('Do you have any other questions?')).toEqual(['closed', 'yes-no:do']);
  });
});

describe('classifyQuestion: regressions', () => {
  it('reads 还有什么想跟…说的吗 as giving the floor, words between 想 and 说 or not', () => {
    expect(verdict('还有什么想跟我们说的吗？')).toEqual(['open', 'invitation:anything-help']);
    expect(verdict('您還有什麼想對店長講的嗎？')).toEqual(['open', 'invitation:anything-help']);
    expect(verdict('您还想跟我们说吗？')[0]).toBe('closed');
  });
  it('keeps fixed misreadings fixed', () => {
    expect(verdict('Tell me, did it break?')).toEqual(['closed', 'yes-no:did']);
    expect(verdict('Would you be able to describe the fault?')[0]).toBe('open');
    expect(verdict('ご登録のお名前は何ですか。')).toEqual(['closed', 'one-fact:ident']);
    expect(verdict('何でそう思われたのですか。')).toEqual(['open', 'なぜ']);
    expect(verdict('您平时用这张卡做什么？')[0]).toBe('open');
    expect(verdict('能告诉我您为什么觉得账单不对吗？')[0]).toBe('open');
    expect(verdict('木曜の午前中はご都合いかがでしょうか。')[0]).toBe('closed');
    expect(verdict('木曜の午前中はいかがでしょうか？')).toEqual(['closed', 'suggestion:いかが']);
    // 説明書 is a manual, not a request to explain; 一 arrives as 1 after normalising.
    expect(verdict('箱の中に説明書は入っていましたか。')).toEqual(['closed', 'か']);
    expect(verdict('您是在哪一間分店購買的？')).toEqual(['closed', 'one-fact:which']);
  });
});
