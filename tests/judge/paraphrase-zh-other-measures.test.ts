import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A count the customer gave once is the same count with another measure word of its kind; a
// count of times is no count of things, and a number the customer counted twice names no one thing.
test.each([
  [
    '我请你们给三百只羊剪毛，师傅只剪了一半就走了，我很着急。',
    ['三百只', '300只'],
    '您约我们给三百头羊剪毛，只剪了一半师傅就收工了。对吗？',
    'met',
  ],
  [
    '我为这件事打了四次电话，都说等通知，我很生气。',
    ['四次', '4次'],
    '您为这事打了四转电话，次次都叫您等。对吗？',
    'met',
  ],
  [
    '你们店里五个键调完第二天又跑音了，我很生气。',
    ['五个键', '5个键'],
    '调好第二天又有5只琴键音不准了。对吗？',
    'met',
  ],
  [
    '网吧有两台电脑开不了机，我很生气。',
    ['两台', '2台'],
    '您打了两次电话都没人理。对吗？',
    'missed',
  ],
  [
    '我订了三个蛋糕，来了三个人取，只拿到一个，我很生气。',
    ['三个蛋糕', '3个蛋糕'],
    '您订的三盒点心只拿到一盒。对吗？',
    'missed',
  ],

  // A length in months said in weeks is the same within two days a month (一个半月 ~ 六个礼拜); a
  // week off (三个礼拜 for 一个月) is a wrong length.
  [
    '说好六个礼拜交货，现在两个月了还没到，我很担心。',
    ['六个礼拜', '6个星期'],
    '原本说好一个半月交货，现在两个月了还没到。对吗？',
    'met',
  ],
  [
    '说好一个月交货，现在还没到，我很担心。',
    ['一个月'],
    '原本说好三个礼拜交货，现在还没到。对吗？',
    'contradicted',
  ],

  // Days said with 日 and no month before them are a length (Cantonese, Taiwan Mandarin); a date is not.
  [
    '退款说好两个礼拜到账，现在还没到，我很着急。',
    ['两个礼拜', '两星期'],
    '话好十四日有得退，到而家都未到。啱唔啱？',
    'met',
  ],
  [
    '报告说好三天出，现在还没出，我很着急。',
    ['三天'],
    '说好三日出报告，到今天还没出。对吗？',
    'met',
  ],
  [
    '报告说好三天出，现在还没出，我很着急。',
    ['三天'],
    '您五月三日做的检查，报告还没出。对吗？',
    'missed',
  ],
])('%s / %j ← %s: %s', (customer, any, answer, status) => {
  expect(factStatus(judge, customer, any, answer, 'zh-Hans')).toBe(status);
});

test('3万6年费 is an amount paid a year, not 36000 years', () => {
  const customer = '我去年入会交了三万六的会费，说好一年安排十次约会，现在只排了两次，我很生气。';
  const answer = '您交了3万6年费，说好一年排十次约会，现在才排了两次。对吗？';
  expect(factStatus(judge, customer, ['三万六', '36000'], answer, 'zh-Hans')).toBe('met');
});
