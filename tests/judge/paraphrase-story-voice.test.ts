import { expect, test } from 'vitest';
import { createJudge, detectPhrases } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const categories = (customer: string, answer: string, lang: 'en' | 'zh-Hans' = 'en') =>
  judge
    .judge(restatementItem(customer, [['f', ['zzz']]]), answer, lang)
    .forbidden.map((h) => h.category);
/** The detector reads the answer as a reply: the phrase is there to be excused. */
const flaggedAsReply = (answer: string) =>
  detectPhrases(answer, resources.phraseLists).map((h) => h.category);

const bike =
  "The bike shop told me the frame was under warranty, but then the manager said they'd charge £90 for the repair. I have to get to work by bike on Monday.";

test("en: a refusal in a third party's reported words, past the reporting verb, is the story", () => {
  const answer =
    "The shop first told you the frame was covered, then the manager said they wanted £90 for the repair, and the mechanic couldn't start before Monday. That's maddening. Is that right?";
  expect(flaggedAsReply(answer).length).toBeGreaterThan(0);
  expect(categories(bike, answer)).toEqual([]);
});

test("en: the customer's own obligation retold with another modal is not an order", () => {
  const answer = "You've got to ride to work on Monday, and the shop now wants £90. Is that right?";
  expect(flaggedAsReply(answer)).toContain('command');
  expect(categories(bike, answer)).toEqual([]);
});

test("en: an order of the agent's own on something the customer never said they must do stays", () => {
  const answer =
    'The shop wants £90 for the frame. You need to read the warranty terms first. Is that right?';
  expect(categories(bike, answer)).toContain('command');
});

const pool =
  "The pool cover you made for us is thirty centimetres short, so the clips don't reach the edge. We paid £700.";

test('en: a thing as the subject of "can\'t", told by the customer as not working, is the story', () => {
  const answer =
    "The £700 cover came up thirty centimetres short, so the clips can't be fastened. How worrying. Is that right?";
  expect(flaggedAsReply(answer)).toContain('refusal');
  expect(categories(pool, answer)).toEqual([]);
});

test("en: the agent's own refusal in the same restatement stays", () => {
  const answer =
    "The £700 cover is thirty centimetres short and the clips don't reach. We can't do anything about that. Is that right?";
  expect(categories(pool, answer)).toContain('refusal');
});

const trip =
  'We were supposed to fly to Rome on Friday morning, but your taxi never came and we missed the flight. It cost us £400 to rebook.';

test("en: the customer's plan as 'you should have been' + doing is not blame", () => {
  const answer =
    "You should have been flying to Rome on Friday morning, but the taxi didn't turn up, so you missed it and paid £400 to rebook. I'm so sorry. Is that right?";
  expect(flaggedAsReply(answer)).toContain('blame');
  expect(categories(trip, answer)).toEqual([]);
});

test("en: 'you should have' + a verb of the customer's own doing stays blame", () => {
  const answer =
    "The taxi didn't come and you missed the Rome flight, £400 to rebook. You should have booked a backup car. Is that right?";
  expect(categories(trip, answer)).toContain('blame');
});

test("en: 'no way to' + a verb is a means lacking, not 'No way!'", () => {
  const customer =
    'My charger broke on the first day of the trip and I was left with a dead phone for three days.';
  const answer =
    'Your charger broke on day one, so you had no way to charge your phone for three days. How stressful. Is that right?';
  expect(flaggedAsReply(answer)).toContain('confrontation');
  expect(categories(customer, answer)).toEqual([]);
});

test("en: 'your call' after a preposition is a phone call; 'it's your call' stays", () => {
  const customer = 'I rang on the 4th and was promised a refund within a week. Nothing has come.';
  const since =
    'Nothing has come since your call on the 4th, when you were promised a refund. Is that right?';
  // The phrase judge reads 'your call' after a preposition as the phone call: clean as a reply too.
  expect(flaggedAsReply(since)).not.toContain('dismissal');
  expect(categories(customer, since)).toEqual([]);
  expect(
    categories(customer, "Nothing has come since the 4th. That's your call. Is that right?"),
  ).toContain('dismissal');
});

const hostel =
  '我在你们网站订了周末的民宿，到了才知道房间没有热水，之前没有人告诉我。我们一家四口冻了两晚。';

test("zh: nobody as the one who told the customer is not the agent's impatience", () => {
  const answer =
    '您在网站订了周末民宿，到了才发现没热水，事先也没有人跟您讲过，一家四口冻了两晚，真遭罪。是这样吗？';
  expect(flaggedAsReply(answer).length).toBeGreaterThan(0);
  expect(categories(hostel, answer, 'zh-Hans')).toEqual([]);
});

test('zh: "nobody ever said" without the customer told is a precedent and stays', () => {
  const answer = '您订的民宿没热水，冻了两晚，我理解。不过以前从来没人说过我们房间有问题。对吗？';
  expect(categories(hostel, answer, 'zh-Hans').length).toBeGreaterThan(0);
});

test("zh: a negation in the customer's own words, with no one of ours in the clause, is the story", () => {
  const customer =
    '我交咗二十卷菲林畀你哋沖曬，你哋淨係還咗十六卷，其餘四卷唔見咗。嗰啲相以後冇得再有。';
  const answer =
    '你交咗二十卷菲林，得返十六卷。四卷唔見咗，嗰啲相冇得再有，我明白你有幾心痛。我理解得啱唔啱？';
  expect(flaggedAsReply(answer)).toContain('refusal');
  expect(categories(customer, answer, 'zh-Hans')).toEqual([]);
});

test("zh: the business's words the customer quoted, said by the agent as its own, stay the agent's", () => {
  const customer =
    '我打了四次电话问退款，每次客服都说「这个我们处理不了」。三百八十块到现在还没退。';
  const answer = '您打了四次电话，三百八十块还没退。这个我们处理不了，我理解您窝火。对吗？';
  expect(categories(customer, answer, 'zh-Hans').length).toBeGreaterThan(0);
});
