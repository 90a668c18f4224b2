import { expect, test } from 'vitest';
import { hostileQuestions } from '../../src/judge/question/index.js';
import { verdict } from './question-helpers.js';

test('en: "what" before a noun, a verb and a subject is "which": one of that noun', () => {
  expect(verdict('What bus did your son take home?')).toEqual(['closed', 'one-fact:what-noun']);
  expect(verdict('What shade would you want for the curtains?')[0]).toBe('closed');
  // A plural is a list, an account noun a description, a problem word the problem itself.
  expect(verdict('What symptoms has the cat been showing?')[0]).toBe('open');
  expect(verdict('What advice did the pharmacist give you?')[0]).toBe('open');
  expect(verdict('What part was confusing you?')[0]).toBe('open');
  expect(verdict('What else did the caller mention?')[0]).toBe('open');
});

test('en: what kind of thing the customer wishes for is theirs to describe; the kind they prefer or have is one pick', () => {
  expect(verdict('What kind of venue are you looking for?')).toEqual(['open', 'what-kind-wished']);
  expect(verdict('What sort of laptop were you after?')[0]).toBe('open');
  expect(verdict('What kind of room would you prefer?')[0]).toBe('closed');
  expect(verdict('What kind of boiler do you have?')[0]).toBe('closed');
});

test('en: "anything about … that is bothering you" opens the floor', () => {
  expect(verdict('Is there anything with the new lease that is still worrying you?')).toEqual([
    'open',
    'invitation:anything-help',
  ]);
  expect(verdict('Is there a fee for changing the lease?')[0]).toBe('closed');
});

test('en: "number" is no symptom: which room number is one fact', () => {
  expect(verdict('Which seat number were you given?')[0]).toBe('closed');
  expect(verdict('Where does the numbness start?')[0]).toBe('open');
});

test('zh: 哪里 before a negated predicate is the problem itself: open', () => {
  expect(verdict('您觉得这款吸尘器哪里用得不习惯？', 'zh-Hans')).toEqual(['open', 'problem:where']);
  expect(verdict('你覺得個app邊度唔好用？', 'zh-Hant')[0]).toBe('open');
  expect(verdict('您是在哪里取的车？', 'zh-Hans')[0]).toBe('closed');
});

test('ja: どこが before a negative is the problem itself; a past "was there a problem" is yes/no', () => {
  expect(verdict('どこがうまく動かないのでしょうか？', 'ja')).toEqual(['open', 'problem:where']);
  expect(verdict('どこで受け取りましたか？', 'ja')[0]).toBe('closed');
  expect(verdict('配送中に何かトラブルがありましたか？', 'ja')).toEqual(['closed', 'か']);
  expect(verdict('ほかに何かご要望はございますか？', 'ja')).toEqual([
    'open',
    'invitation:anything-help',
  ]);
});

test('zh: the digits of an identifier asked with 是什么 are one fact', () => {
  expect(verdict('您会员卡背面那串数字是什么？', 'zh-Hans')).toEqual(['closed', 'one-fact:ident']);
  expect(verdict('您那天在柜台看到的是什么情况？', 'zh-Hans')[0]).toBe('open');
});

test('a hostile question names its act, as check and the feedback name acts', () => {
  expect(hostileQuestions('What is it this time?')[0]).toMatchObject({
    category: 'hostile-question',
    act: 'impatience',
  });
  expect(hostileQuestions('你到底有什么毛病？', 'zh-Hans')[0]?.act).toBe('confrontation');
  expect(hostileQuestions('また何なんですか？', 'ja')[0]?.act).toBe('impatience');
});

test('en: elliptical frames ask as their full forms do', () => {
  // "(Do you have) any idea why…": the wh-word decides.
  expect(verdict('Any idea how the seal got broken?')[0]).toBe('open');
  expect(verdict('Any idea when the courier came?')[0]).toBe('closed');
  // "(Would you) care to…", "help me picture…", "can you think of anything…": invitations.
  expect(verdict('Care to explain what the form asked for?')[0]).toBe('open');
  expect(verdict('Help me get a sense of how busy the shop was.')[0]).toBe('open');
  expect(verdict('Could you think of any reasons the heater trips?')).toEqual([
    'open',
    'invitation:think-of',
  ]);
  expect(verdict('Can you think back to Tuesday?')[0]).toBe('closed');
});

test('en: which part does not work or add up for the customer is the problem itself', () => {
  expect(verdict('Which setting does not seem right to you?')[0]).toBe('open');
  expect(verdict('Which day are you not around?')[0]).toBe('closed');
});

test('en: chat without apostrophes reads as written with them', () => {
  expect(verdict('whats going on with the heating')[0]).toBe('open');
  expect(verdict('hows the new router behaving?')[0]).toBe('open');
  expect(hostileQuestions('whats ur problem')[0]?.act).toBe('confrontation');
  expect(verdict('Talk to me about the delivery.')).toEqual(['open', 'invitation:tell-me']);
  expect(verdict('Where are things at with the refund on your end?')[0]).toBe('open');
  expect(verdict('What sort of atmosphere was there at the party?')[0]).toBe('open');
});

test('en: short follow-ups of a counselling talk ask as their full forms do', () => {
  expect(verdict('Such as?')).toEqual(['open', 'invitation:say-more']);
  expect(verdict('In what way did it change things at home?')[0]).toBe('open');
  expect(verdict('Since when has the tap been dripping?')[0]).toBe('closed');
  expect(verdict('Could you give me an example of a bad night?')[0]).toBe('open');
  expect(verdict('Where would you like to begin today?')[0]).toBe('open');
  expect(verdict('Where would you like the bed put?')[0]).toBe('closed');
});

test('zh, ja: an example asked for, anything else, and short follow-ups are open', () => {
  expect(verdict('您能举几个例子吗？', 'zh-Hans')[0]).toBe('open');
  expect(verdict('您想从哪里说起？', 'zh-Hans')[0]).toBe('open');
  expect(verdict('您是从哪里上的车？', 'zh-Hans')[0]).toBe('closed');
  expect(verdict('有没有别的？', 'zh-Hans')).toEqual(['open', 'invitation:anything-help']);
  expect(verdict('具体的には？', 'ja')).toEqual(['open', 'invitation:say-more']);
  expect(verdict('具体例をあげていただけますか？', 'ja')[0]).toBe('open');
});

test('en: a fact named as the object of "let me know" is one fact; the floor offered and a reflection', () => {
  expect(verdict('Could you let me know your preferred pickup time?')[0]).toBe('closed');
  expect(verdict('Could you let me know the trouble you had?')[0]).toBe('open');
  expect(verdict('Would you like to talk about the appointment?')).toEqual([
    'open',
    'invitation:tell-me',
  ]);
  expect(verdict("So what you're telling me is the lift was broken all week?")[0]).toBe('closed');
});

test('en: being keen to know how it went, and asking to put it another way, invite an account', () => {
  expect(verdict('We would be glad to hear how the first lesson went.')[0]).toBe('open');
  expect(verdict('Sorry, could you say that differently?')).toEqual([
    'open',
    'invitation:describe',
  ]);
});
