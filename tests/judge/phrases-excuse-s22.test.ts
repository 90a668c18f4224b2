import { describe, expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { flagsAs, resources, staysClean } from './phrases-helpers.js';

// Session 22: excuses that explain the customer's fault away (en-excuse.ts, zh-excuse.ts), in
// replies and inside restatements, pinned in wordings and domains of their own.

describe('en: the fault called what such things do', () => {
  flagsAs('dismissal', [
    "I'm sorry, but wool jumpers always bobble after a few washes.",
    'I hear you, though festival wristbands do that, they fray.',
    "I know it's a pain, but a recall is a recall.",
    'Sorry, but these things happen with overnight couriers.',
    'Nobody else on the course has complained about the venue.',
  ]);
  staysClean([
    'Tents usually arrive within three working days.',
    "Sorry about the leak — that usually comes from a perished washer, so I'll post you a new one today.",
    'I understand, but the cinema always opens at ten; shall I book you the first showing?',
    "If that happens again, ring us and we'll collect it.",
  ]);
});

describe('en: our part in the fault denied', () => {
  flagsAs('passing-the-buck', [
    "I'm sorry, but the airport queues aren't something we have any control over.",
    "The venue's wifi is their problem rather than ours, I'm afraid.",
  ]);
  staysClean([
    "I'm sorry, that's not something we can control, so I'll ring the courier for you now.",
  ]);
});

describe("en: the customer's handling put as the cause", () => {
  flagsAs('blame', [
    'I get it, but the rust comes from leaving it out in the rain.',
    "I understand she's upset, though she should really have kept the receipt.",
    'Your daughter should have read the care label before she ironed it.',
  ]);
  staysClean([
    "That's not how your evening should have gone. Is that right?",
    "I know it's annoying. Rust usually comes from a scratch in the paint, and I've booked you a free touch-up.",
  ]);
});

describe('zh: the fault called what such things are, after a contrast from an acknowledgement', () => {
  flagsAs('dismissal', [
    '我明白您的心情，不过手工皂本来就会有点出油。',
    '您真的很辛苦，可是装修延期这种事每年旺季都有。',
    '明白你好唔开心，不过啲皮鞋落雨天着一向都系咁㗎啦。',
  ]);
  staysClean([
    '手工皂放久了会有点出油，我帮您换一块新的。',
    '时间本来就紧，换谁都着急，我理解。',
    '我理解您的心情，可是这次每次点火都冒烟，我们明天派师傅上门。',
  ]);
});

describe('zh: our part in the fault denied', () => {
  flagsAs('passing-the-buck', [
    '这是快递站弄丢的，不是我们店的问题。',
    '我们理解您，不过那不是我们派的司机。',
  ]);
  staysClean(['这不是我们店卖的型号，我帮您查一下是哪家的。']);
});

describe('an excuse inside an otherwise complete restatement caps it below a pass', () => {
  const judge = createJudge(resources);
  test.each([
    [
      'My new e-bike battery died after eleven days and the shop wants £90 to look at it.',
      'So the battery on your new e-bike gave out after eleven days and the shop is asking £90 to check it. I can see why that is maddening',
      ', but batteries do that sometimes',
      '. Is that right?',
      'en',
    ],
    [
      '我上周买的加湿器用了三天就漏水，客服让我自己寄回去，运费要二十块。',
      '您上周买的加湿器才用三天就漏水，客服还让您自费二十块寄回。我理解您的心情',
      '，不过加湿器本来就容易漏水',
      '。对吗？',
      'zh-Hans',
    ],
  ] as const)('%s', (customer, restated, excuse, check, lang) => {
    const item = restatementItem(
      customer,
      lang === 'en'
        ? [
            ['battery', ['battery', 'gave out', 'died']],
            ['days', ['eleven days', '11 days']],
            ['price', ['£90', 'ninety']],
          ]
        : [
            ['leak', ['漏水']],
            ['days', ['三天']],
            ['postage', ['二十', '20']],
          ],
    );
    expect(judge.judge(item, restated + check, lang).verdict).toBe('pass');
    const j = judge.judge(item, restated + excuse + check, lang);
    expect(j.forbidden.length).toBeGreaterThan(0);
    expect(j.verdict).not.toBe('pass');
  });
});

describe("zh: the customer's act as the cause, in a clause a contrast word opens", () => {
  flagsAs('blame', ['明白您着急，不过是您下单时没看清尺码。']);
  staysClean(['明白您着急，不过是您上周订的那批货吧，我帮您查一下。']);
});
