import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { detect, resources } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);
const withModel = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel);

// Classes added on the misses and false flags of blind round 2026-12c, each in sentences written
// for this test (never the round's own): a class flags in new words, its near miss stays clean.
describe('who acts: a pronoun after a benefactive or a preposition is an object', () => {
  test('帮您问过了 does not make the customer the one refused', () => {
    expect(acts('我帮您问过了，这个补贴申请没有通过。')).toEqual(['refusal']);
    expect(acts('昨天已經替您問過了，退費的申請沒有被核准。')).toEqual(['refusal']);
  });

  test('the customer who cannot do something is still the customer', () => {
    expect(acts('您人在国外的话，没办法到柜台办理，可以走线上流程。')).toEqual([]);
  });
});

describe('不过 is a pivot, not a negation: what follows it is a way forward', () => {
  test.each([
    ['这张券没办法和满减叠加，不过会员价今天就能用。'],
    ['紙本收據沒辦法當場補印，不過電子收據五分鐘內就能寄到您信箱。'],
    ['我们没办法免掉这笔年费，不过已经给您加了两百积分作为补偿。'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });

  test('without the way forward the same refusal stands', () => {
    expect(acts('这张券没办法和满减叠加。')).toEqual(['refusal']);
  });
});

describe("the customer's omission given as the cause is blame", () => {
  test.each([
    ["You didn't attach the receipt, so the claim went nowhere.", 'blame'],
    ['You never updated your address, which is why the card went to the old flat.', 'blame'],
    ['The late fee is down to you, I am afraid.', 'blame'],
    ['您没及时续费，所以套餐才会被停掉。', 'blame'],
    ['您當時沒有備份，所以資料才會不見。', 'blame'],
  ])('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test.each([
    ["You didn't need to send anything, so you're all done."],
    ["If you didn't get the email, so be it, I'll resend it now."],
    ['您没有任何损失，所以请放心。'],
    ['您没收到短信的话，所以我们再发一次。'],
  ])('%s stays clean', (text) => {
    expect(detect(text).filter((h) => h.act === 'blame')).toEqual([]);
  });
});

describe('dead ends, counted telling, bare orders, the agent joining the moan', () => {
  test.each([
    ['There is nothing more that could be done for that flight.', 'refusal'],
    ["That's all the information I have on the parcel.", 'refusal'],
    ['您的优惠码已经过期了，就是这样。', 'refusal'],
    ['跟您讲了好几遍了，要带身份证原件。', 'impatience'],
    ['把护照拿出来，放在柜台上。', 'order'],
    ['先把缓存清一下，然后再打过来。', 'order'],
    ['唉，我们这系统就是烂，我也天天被气得不行。', 'unprofessional'],
    ['放心吧，这种问题以后肯定不会再发生。', 'false-reaction'],
    ['您好像搞不太懂我说的流程。', 'confrontation'],
  ])('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test.each([
    ['对，就是这样，您填完就可以提交了。'],
    ['请把护照拿出来给我看一下，谢谢。'],
    ['您说了两次要改地址，我这就帮您改。'],
    ['您的个人资料我们绝不会透露给第三方，请放心。'],
    ['您应该去湖边走走，傍晚风景特别好。'],
  ])('%s stays clean', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('the reply model: courtesy, advice and adverse outcomes', () => {
  test('a courtesy "no" (no rush, 不着急) or advice with no "no" is never a model flag', () => {
    for (const text of [
      '没关系，您慢慢看，不着急。',
      'No rush at all, take your time choosing.',
      'Honestly, this was not your fault at all.',
      '这真的不是您的错，别往心里去。',
      'You should definitely try the harbour walk while you are here, it is lovely at dusk.',
    ]) {
      expect(withModel(text).filter((h) => h.by === 'model')).toEqual([]);
    }
  });

  test('an adverse outcome with no "no" and no "you" can still be judged', () => {
    const text = 'The appeal has been reviewed and rejected, and the case is now closed.';
    expect(detect(text)).toEqual([]);
    expect(withModel(text).map((h) => h.by)).toEqual(['model']);
  });
});

describe('idioms and hostile questions with no listed phrase', () => {
  test.each([
    ['Sorry, that ship has sailed.', 'refusal'],
    ['Tough luck, the offer closed on Friday.', 'dismissal'],
    ['Where did you hear that?', 'doubt'],
    ['您这不是存心为难我吗？', 'confrontation'],
    ['您问我，我找谁去？', 'confrontation'],
    ['您这是什么意思？我又没说不给您办。', 'confrontation'],
    ['你到底是哪點不滿意？', 'confrontation'],
    ['唉，您怎麼到現在才說？', 'blame'],
    ['Why did you wait a whole week to ring us?', 'blame'],
    ['那您自己找快递公司问去。', 'passing-the-buck'],
    ['今天人太多了，您下周再来吧。', 'dismissal'],
  ])('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test('a promise not to make things hard for the customer reassures; asking what a word means asks', () => {
    expect(acts('我们不会为难您的，手续我来办。')).toEqual([]);
    expect(acts('您说的“包月”是什么意思？我帮您查一下。')).toEqual([]);
    expect(acts('您找的那位师傅今天休息，我帮您约明天。')).toEqual([]);
  });
});

describe('the reply model asks no flag of a question, a condition or an errand done', () => {
  test.each([
    ['If you want to move the date, just answer this message.'],
    ['So the kettle stopped heating after three days, is that right?'],
    ['Not to worry, I have already sent a new code.'],
    ['I have a table booked for you at eight.'],
  ])('%s', (text) => {
    expect(withModel(text).filter((h) => h.by === 'model')).toEqual([]);
  });
});
