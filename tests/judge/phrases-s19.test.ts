import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 19 (issue 11, English and Japanese): mechanisms read on the misses of rounds 12s–12x and
// of probe-phren19-s19, each pinned here in other words and domains (lists only: the reply model
// is retrained apart).

describe('"you should" with the customer\'s gain after it advises', () => {
  staysClean([
    'You should book the midweek slot, it works out cheaper for two.',
    'Honestly you should take the larger tank; it lasts far longer between refills.',
  ]);
  // a hindsight or a bare order keeps its reading
  flagsAs('order', ['You should send the form again and fill it in properly.']);
});

describe('an imperative after the request is granted leaves the customer their own choice', () => {
  staysClean([
    'No problem, drop the keys off on Friday instead.',
    'Of course, post the form next week instead.',
  ]);
});

describe('"always has" closing a practice as a clause of its own', () => {
  flagsAs('dismissal', [
    'Every hire shop round here charges for cleaning, always has.',
    'The lodge bills from noon on arrival day. Always has and always will.',
  ]);
  staysClean(['Is the tasting included? Yes, always has been.']);
});

describe('the customer sent on their own under a wish of theirs', () => {
  flagsAs('passing-the-buck', ['If you want a discount go and ask the store manager yourself.']);
  staysClean(['If you would rather ring the courier yourself, their number is 0161 555 0100.']);
});

describe('a thing put aside for the customer gone to someone else, nothing after', () => {
  flagsAs('refusal', ['The armchair we kept aside for you has already gone to another buyer.']);
});

describe("the customer's account echoed back as disbelief", () => {
  flagsAs('doubt', ['So you are telling me the bike lock broke by itself? It is hardened steel.']);
  staysClean([
    "You're telling me the box never came? I'm so sorry, let me check the tracking now.",
  ]);
});

describe('the choice handed back for the customer alone', () => {
  flagsAs('dismissal', [
    'Repair it or replace it, work it out for yourself whether it is worth it.',
  ]);
  staysClean(["I'll let you decide for yourself; both frames suit you."]);
});

describe('Japanese: cheap or used goods set against what the customer expects; made to repeat', () => {
  flagsAs('confrontation', [
    '格安のプランに何を期待されていたんですか？',
    'アウトレット品に完璧さを求めるんですか？',
  ]);
  staysClean(['中古の自転車にも半年の保証をお付けしています。']);
  flagsAs('impatience', ['同じことを何度も言わせないでください。']);
});

describe('a threat or a gate on the customer: "had better", "then we\'ll talk"', () => {
  flagsAs('order', [
    'Bring the scooter back by six, and the battery had better be charged.',
    'Pay the deposit first. Then we can talk.',
  ]);
  staysClean([
    'We had better be quick, the last slot goes at noon.',
    'Send me the photos and then we can talk through the options.',
  ]);
});

describe("the customer's loss made small by its amount; a promise against the evidence", () => {
  flagsAs('dismissal', [
    "Come on, it's hardly a fortune.",
    'The roof will hold, whatever the surveyor says, I guarantee it.',
  ]);
  staysClean([
    "I know it's not a lot of money, but I've refunded it to your card.",
    "Whatever the forecast says, we'll text you by seven if the trip is off.",
  ]);
});

describe('Japanese: the trouble called what the activity brings; the call called a fuss; a run gone', () => {
  flagsAs('dismissal', [
    '靴に砂が入るのは海辺では普通です。',
    'その程度で、わざわざご連絡いただかなくても。',
  ]);
  flagsAs('refusal', ['台風のため、明日のツアーはなくなりました。']);
  staysClean([
    '革に傷が付くのは普通ですが、無料で磨き直しいたします。',
    'このくらいの件でもわざわざお電話いただきありがとうございます。',
    '明日のツアーはなくなりましたが、来週の土曜日にお振り替えできます。',
  ]);
});

describe("dead ends: the customer's thing gone to another party, ended under force, not coming, all taken", () => {
  flagsAs('refusal', [
    'The breeder has decided to sell the puppy to another family.',
    'We had to cancel your Saturday lesson, the pool is closed for repairs.',
    'The sofa you ordered in March will not be coming; the factory has shut down.',
    'The front-row seats have all been taken.',
  ]);
  staysClean([
    'We had a case like yours with another customer and it was sorted within a day.',
    'We had to cancel your Saturday lesson, so I have moved you to Sunday at ten.',
    'The last group have all gone home, so the hall is yours from six.',
  ]);
});

describe('a way forward after the bad news: a similar thing offered, a colleague who will act', () => {
  staysClean([
    'The cottage has gone to another family, but there is a similar one two doors down free that week.',
    'Your case has been passed to another adviser, who will ring you before noon.',
  ]);
});

describe("the customer's request called not worth the agent's effort", () => {
  flagsAs('dismissal', ["Re-stitching one strap just isn't worth our time."]);
  staysClean([
    "It's not worth your time queueing at the counter, so I've emailed the form to you.",
  ]);
});

describe('Japanese: the urgency asked back (you want it right now?)', () => {
  flagsAs('confrontation', ['えっ、ケーキ三十個を今すぐ欲しいんですか？']);
  staysClean(['お急ぎでしたら、本日中にお届けできるよう手配いたします。']);
});
