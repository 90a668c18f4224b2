import { describe, expect, it } from 'vitest';
import { AskItem } from '../../src/drills/schema.js';
import { createJudge } from '../../src/judge/index.js';
import { hostileQuestions, questionsAsked } from '../../src/judge/question/index.js';
import { resources } from './phrases-helpers.js';

describe('questionsAsked: one clear question or a barrage', () => {
  it('counts each question sentence and calls two or more a barrage', () => {
    const r = questionsAsked(
      'What happened? How was the food? Where were you sitting? Who served you?',
      'en',
    );
    expect(r.questions).toHaveLength(4);
    expect(r.barrage).toBe(true);
    expect(questionsAsked('发生了什么事？菜怎么样？您坐在哪儿？', 'zh-Hans').barrage).toBe(true);
    // A Japanese question often ends in か。 without a question mark: it still counts.
    expect(questionsAsked('何がありましたか。料理はいかがでしたか？', 'ja').barrage).toBe(true);
    expect(questionsAsked('ご迷惑をおかけしました。どうなさいましたか。', 'ja').barrage).toBe(
      false,
    );
  });

  it('reads one sentence chaining three or more question clauses as a barrage', () => {
    const chained = questionsAsked(
      'What happened, how was the food, where were you sitting and who served you?',
      'en',
    );
    expect(chained.questions).toHaveLength(1);
    expect(chained.questions[0]?.clauses).toBe(3);
    expect(chained.barrage).toBe(true);
    expect(questionsAsked('您是哪天买的，在哪家店买的，买的什么型号？').barrage).toBe(true);
  });

  it('keeps one question with a lead-in, a statement around it, or one follow-up clause', () => {
    for (const text of [
      "I'm sorry to hear that. What happened?",
      'When did the problem start, and what were you doing online at the time?',
      '我来帮您看看是什么情况。请问您遇到了什么问题？',
      'Tell me what happened.',
      'Would you prefer a refund or a voucher?',
      'Hi, how are you? What can I do for you today?',
      '您好！最近还好吗？有什么可以帮您的？',
    ]) {
      const r = questionsAsked(text);
      expect(r.questions, text).toHaveLength(1);
      expect(r.barrage, text).toBe(false);
    }
  });
});

describe('hostileQuestions', () => {
  it('flags questions that attack, brush off or blame the customer, in every language', () => {
    for (const text of [
      "What's your problem?",
      'What do you want now?',
      "What's wrong with you?",
      "Can't you read the label?",
      "Why didn't you just check the tracking page?",
      '你到底想怎么样？',
      '你怎么又打来了？',
      '你不会自己看说明书吗？',
      '你到底有什么毛病？',
      '一体何なんですか？',
      '何度言えばわかるんですか？',
    ]) {
      const hits = hostileQuestions(text);
      expect(hits, text).toHaveLength(1);
      expect(hits[0]).toMatchObject({ category: 'hostile-question', phrase: text });
    }
  });

  it('leaves the same words alone where they serve the customer', () => {
    for (const text of [
      "What's the problem with your router?",
      'What is your problem with the invoice, exactly?',
      'What do you want us to do about it?',
      'Did you read the email we sent?',
      "Can't you see the button at all?",
      "Can't you hear me?",
      '您到底遇到了什么问题？',
      '您想怎么处理？',
      '有什么问题吗？',
      'どうなさいましたか？',
      '説明書はお読みになりましたか？',
    ]) {
      expect(hostileQuestions(text), text).toEqual([]);
    }
  });

  it('suggests a better opener in the language of the question and points at it', () => {
    const text = 'Sorry. 你到底想怎么样？';
    const [hit] = hostileQuestions(text);
    expect(text.slice(hit?.span.start, hit?.span.end)).toBe('你到底想怎么样？');
    expect(hit?.suggestion).toMatch(/帮您/);
  });
});

describe('the ask judge checks "one clear question" and hostile openers', () => {
  const judge = createJudge(resources);
  const item = AskItem.parse({
    id: 'opener',
    kind: 'ask',
    prompt: 'p',
    explanation: 'e',
    model_answer: 'm',
    scenario: 's',
    require: 'open',
    criteria: [
      {
        id: 'topic',
        label: 'about the evening',
        any: ['happened', 'food', 'service', '发生', '服务'],
      },
    ],
  });
  const single = (answer: string, lang: 'en' | 'zh-Hans' = 'en') =>
    judge.judge(item, answer, lang).criteria.find((c) => c.id === 'single-question');

  it('a barrage of questions fails the criterion and cannot pass (it scored 1/1 before)', () => {
    const j = judge.judge(item, 'What happened? How was the food? How was the service?', 'en');
    expect(single('What happened? How was the food? How was the service?')?.met).toBe(false);
    expect(j.verdict).toBe('partial');
    expect(j.score).toBeLessThan(1);
  });

  it('one clear question still gets full marks', () => {
    const j = judge.judge(item, "I'm sorry. What happened this evening?", 'en');
    expect(single("I'm sorry. What happened this evening?")?.met).toBe(true);
    expect(j.score).toBe(1);
  });

  it('a hostile opener gets no credit and is shown as a phrase to avoid', () => {
    for (const [answer, lang] of [
      ["What's your problem?", 'en'],
      ['What do you want now? What happened?', 'en'],
      ['你到底想怎么样？', 'zh-Hans'],
    ] as const) {
      const j = judge.judge(item, answer, lang);
      expect(j.score, answer).toBe(0);
      expect(
        j.forbidden.some((f) => f.category === 'hostile-question'),
        answer,
      ).toBe(true);
      expect(single(answer, lang)?.met, answer).toBe(false);
    }
  });

  it('a hostile question the phrase lists know too is listed once; other phrases stay', () => {
    const once = judge.judge(item, "What's your problem?", 'en').forbidden;
    expect(once.map((f) => f.category)).toEqual(['hostile-question']);
    const both = judge.judge(item, "Calm down. What's your problem?", 'en').forbidden;
    expect(both.map((f) => f.category).sort()).toEqual(['dismissal', 'hostile-question']);
  });
});
