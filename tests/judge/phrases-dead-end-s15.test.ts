import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 15 (issue 11): dead ends read by structure — the wanted thing not to be had, and no
// way forward anywhere in the reply (an explanation or "anything else?" after it is none).

describe('availability negated for a slot, nothing after but a reason or a closing', () => {
  flagsAs('refusal', [
    'No canoe lessons available in August. The instructors are away.',
    'There are no stalls left for the Easter market, the organisers closed the list yesterday.',
    'Every rowing boat is out until dusk.',
    'We have sold all the pumpkin lanterns this year. Anything else I can help with?',
    'No tutor is free on the 14th, sorry. Is there anything else?',
    'The gown you booked came back stained, so it is not available.',
    'The pottery class on Friday is completely full. Thanks for asking.',
  ]);
  staysClean([
    'No canoe lessons available in August, but the September course has four places.',
    'There are no stalls left for Easter. Would you like a place at the May market instead?',
    'Every rowing boat is out until 4, and I can hold the first one back for you.',
    'No, there is no parking available at the hall.',
    'There is no outdoor seating at the cafe.',
    'There is nothing left to pay on your account.',
    'If no tutor is free on the 14th, I will call you the same day.',
    'The slot you wanted is not available on Friday. The next free one is Monday at 10.',
    'The ferry on the 9th is fully booked, so I have put you on the 10th at the same time.',
  ]);
});

describe('Japanese: a fullness or an ending closing the sentence, with no way forward', () => {
  flagsAs('refusal', [
    '土曜日の体験教室は全枠埋まっております。',
    '今月の陶芸ワークショップは満席です。',
    '台風のため、明日の遊覧船はすべて欠航です。',
    '春の講座の申し込みは、もう締め切りました。',
  ]);
  staysClean([
    '今月の陶芸ワークショップは満席です。来月の第二土曜でしたらご案内できます。',
    '土曜日は埋まっておりますが、日曜日の午後なら空いております。',
    'もし満席の場合は、キャンセル待ちでお取りいたします。',
  ]);
});
