import { expect, test } from 'vitest';
import { classifyQuestion } from '../../src/judge/question/index.js';
import { verdict } from './question-helpers.js';

test('en: an opinion frame set off inside a question is a parenthetical; the interrupted clause decides', () => {
  expect(verdict('and why might that be, do you reckon, after all this time')).toEqual([
    'open',
    'why',
  ]);
  expect(verdict('what would help, would you say?')[0]).toBe('open');
  expect(verdict('was it the new boss, do you think?')).toEqual(['closed', 'yes-no:was']);
  // Alone, the frame is the question.
  expect(verdict('Do you think?')[0]).toBe('closed');
});

test('en: spoken hedges (kind of, sort of) after a subject or auxiliary do not hide a request to describe', () => {
  expect(verdict('could you kind of explain how the mornings go')).toEqual([
    'open',
    'invitation:describe',
  ]);
  expect(verdict("I'm sort of curious what your partner thinks about it")[0]).toBe('open');
  expect(verdict("I was kind of curious whether you'd tried the gum")[0]).toBe('closed');
  // The noun "kind" after what stays a choice of kind.
  expect(verdict('What kind of inhaler do you have?')[0]).toBe('closed');
});

test('en: say / talk (a bit) about is a request to describe; a yes/no about an amount is not', () => {
  expect(verdict('would you say something about the weekends?')[0]).toBe('open');
  expect(verdict('can you talk about what happened at the party')[0]).toBe('open');
  expect(verdict('Would you say about twice a week?')[0]).toBe('closed');
});

test('en: discourse fillers before an imperative or a hedged "wondering" leave the frame to decide', () => {
  expect(verdict('right, okay, so walk me through the evening')[0]).toBe('open');
  expect(verdict('I think I was just wondering how the visit went')[0]).toBe('open');
  expect(verdict('I guess I was wondering if you still smoke')).toEqual([
    'closed',
    'yes-no:whether',
  ]);
  expect(verdict('um, like, what keeps you coming back to it')[0]).toBe('open');
});

test('en: a dash before a space breaks off a false start; the repaired clause decides', () => {
  expect(verdict('did you- what did the doctor say about it?')[0]).toBe('open');
  expect(verdict('how was- did you go to the group on Monday?')[0]).toBe('closed');
});

test('en: a floor offered without a verb of wanting is open', () => {
  const r = classifyQuestion('Something else to mention before we stop?');
  expect([r.verdict, r.rule]).toEqual(['open', 'open.floor']);
});

test('en: the last or first one of a series the customer has is one recorded item', () => {
  const r = classifyQuestion('What was your most recent cholesterol?');
  expect([r.verdict, r.cue, r.rule]).toEqual([
    'closed',
    'one-fact:one-of-series',
    'closed.one-fact',
  ]);
  // A reaction or thought stays theirs to describe.
  expect(verdict('What was your first reaction?')[0]).toBe('open');
  expect(verdict('What was your last thought before bed?')[0]).toBe('open');
});

test('ja: 何 before the counter か所 / か月 asks a number, not "anything"', () => {
  expect(verdict('手すりが必要な場所は何か所ありますか。', 'ja')[0]).toBe('closed');
  expect(verdict('通院は何か月続いていますか。', 'ja')[0]).toBe('closed');
  expect(verdict('何か気になることはありますか。', 'ja')[0]).toBe('open');
});

test('zh: a speaking verb with a manner complement (讲详细一点) asks for a description', () => {
  expect(verdict('你可以说具体一点吗？', 'zh-Hans')[0]).toBe('open');
  expect(verdict('能不能講得仔細些？', 'zh-Hant')[0]).toBe('open');
  expect(verdict('你可以讲中文吗？', 'zh-Hans')[0]).toBe('closed');
});

test('en: where something feels or seems a certain way is the customer’s perception; where a thing is stays one fact', () => {
  expect(verdict('Where does the collar feel too tight?')).toEqual(['open', 'problem:where']);
  expect(verdict('Where do you feel the new rota falls short?')[0]).toBe('open');
  expect(verdict('Where did you park the van?')[0]).toBe('closed');
});

test('en: which + a plural noun phrase before any verb is a list the customer fills in', () => {
  expect(verdict('Which rooms of the flat get the most damp?')).toEqual(['open', 'list:which']);
  expect(verdict('Which pages of the manual really confused you?')[0]).toBe('open');
  expect(verdict('Which sizes do you stock?')[0]).toBe('closed');
});

test('en: dimension adjectives and nouns ask for one measurement', () => {
  expect(verdict('How thin is the veneer?')).toEqual(['closed', 'one-fact:how-thin']);
  expect(verdict('What diameter of pipe runs under the sink?')[0]).toBe('closed');
  expect(verdict('What dose of sertraline are you taking now?')[0]).toBe('closed');
});
