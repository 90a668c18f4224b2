import { describe, expect, it } from 'vitest';
import { detect, growth } from './phrases-helpers.js';

const flags = (text: string) => detect(text).length > 0;

// The grammar layer (entries with `sequences` over word classes) recognises the speech act by
// its structure; these are wordings no list holds.
describe('grammar layer: speech acts by structure', () => {
  it.each([
    'We will unfortunately not be reimbursing the deposit.',
    'I am not able to reschedule a delivery that has left the depot.',
    'We do not take returns on sale items.',
    'As stated, the voucher cannot be combined.',
    'I have already explained this twice.',
    "That's just the way it goes with peak season.",
    'That website never loads half the time anyway.',
    "That's a courier issue, not ours.",
    'You lot always want it yesterday.',
    '我们这边一律不受理这种申请。',
    '这个我们是真的解决不到。',
    '您必须带身份证原件过来。',
    '你自己打电话给快递问。',
    '八成是你自己输错了验证码。',
    '之前都已经给你说了,要等三天。',
    '那个系统本来就不稳定。',
    '您快点说重点。',
    'あなたの入力が誤っています。',
    'ご自身でメーカーに問い合わせてください。',
    'そんなに騒ぐほどのことではありません。',
    'それは弊社の管轄ではございません。',
  ])('flags %s', (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    // benefit to the customer, offers after a refusal, questions, third parties, reassurance
    'We will not charge you for the second delivery.',
    "I can't reschedule it from here, but I'll ask the depot to call you today.",
    'I have already asked the warehouse to resend it.',
    'Again, thank you for your patience.',
    'Sorry the app never works for you; let me help you reinstall it.',
    'So the shop refused to exchange it, is that right?',
    '我们不会让您多跑一趟。',
    '我这边处理不了,但是我马上帮您转给专员。',
    '不用您自己去,我帮您预约上门取件。',
    '银行却要您自己去报警,这一定让您很无奈。',
    '您刚才说过订单号是 123,对吗?',
    '我已经把情况跟主管说了,她下午给您回电。',
    '这不是您的错,肯定不是您操作不当。',
    'お客様の入力ミスではございません。',
    'こちらでは変更できませんが、担当部署に私からお願いしておきます。',
    'お客様の責任ではありません。',
  ])('leaves %s', (text) => {
    expect(flags(text)).toBe(false);
  });

  it('a listed phrase keeps its own span; the grammar layer only adds', () => {
    const text = 'We won’t refund opened items.';
    const hits = detect(text);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]?.span.start, hits[0]?.span.end)).toBe('We won’t');
  });

  it('stays bounded on long repetitive input: work grows linearly from n to 10n', () => {
    const units = [
      '我们',
      '你自己',
      'we cannot ',
      'i ',
      '刚才不是',
      'you people ',
      'problem, ',
      'お客様の',
      `${'we '.repeat(3)}${'cannot '.repeat(3)}refund `,
      // one endless sentence full of hits: every hit's clause and what follows are read
      "I don't know ",
      'calm down, ',
      '不知道，',
      "sorry, I can't book that ",
    ];
    for (const unit of units) expect(growth(unit, 2_000), unit).toBeLessThan(12);
  });
});

// Second round of classes: refusals without "can't", obligation through other verbs, bare
// imperatives of attention, impatience at the customer's repeating, hindsight blame, brush-offs.
describe('grammar layer: second round of structures', () => {
  it.each([
    'We are not in a position to extend the warranty.',
    'I will not be authorising a second replacement.',
    'You are going to need to send the receipt again.',
    'Look at the tracking page properly before you call.',
    'You have rung about this five times today.',
    'For the umpteenth time, the store closes at six.',
    'I will say it one last time.',
    'Had you checked the size chart, this would not have happened.',
    'You would have noticed the fee at checkout.',
    "I wouldn't stress about it too much.",
    "It's a late parcel, not the end of the world.",
    'Not something our team looks after, try the bank.',
    '这个申请我们是批不出来的。',
    '改地址的事我没这个权限。',
    '你先看清楚再来问。',
    '您得本人到门店来才行。',
    '你都问了好几次了。',
    '我再讲最后一遍。',
    '是你下单时没注意规格。',
    '您要是早点说就不会这样了。',
    '晚两天又不会坏。',
    '别老是打电话来催。',
    '当店ではそういった対応はしておりません。',
    'ちゃんと確認していただいていれば防げたはずです。',
    'お客様ご本人に来ていただかないと困ります。',
    '同じことを何度も聞かれても困ります。',
    '仕方ないことなので、心配しないでください。',
  ])('flags %s', (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    'We will never give your details to anyone.',
    'You will receive the refund within five days.',
    'Please read the attached guide carefully before installing.',
    "I'm sorry you've had to call three times about this.",
    'If you had any trouble with the link, just reply here.',
    "Don't worry about it, I'll cancel the charge now.",
    '我们没有权限查看您的密码,请放心。',
    '等我查清楚再联系您。',
    '不好意思让您问了好几次,这次我一定给您答复。',
    '您的资料我们不会泄露。',
    'お客様の情報を第三者に提供いたしません。',
    '何度もお電話いただき申し訳ございません。',
  ])('leaves %s', (text) => {
    expect(flags(text)).toBe(false);
  });
});

describe('grammar layer: third round (classes of replies-blind8 misses)', () => {
  it.each([
    '这事你去找我们经理吧。',
    '退款的事您直接找你们当地的银行。',
    '您自己找他们的售后。',
    '以前從來沒有客人投訴過這個。',
    '之前从没有用户投诉过。',
    "You've made a typo in your email address.",
    'You have made an error on the form.',
    'It is really infuriating, the system keeps crashing.',
    'Yeah, it is so irritating, I hate this system too.',
    'Your firm always pays late.',
    'Sorry, that is not on us.',
  ])('flags %s', (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    '您问的快递已经到了。',
    '你联系过快递吗?',
    '我帮你找我们经理。',
    '您不用去找我们经理,我来处理。',
    '您应该明天就能收到包裹。',
    '你应该下周一就会收到退款。',
    '我们从来不会通过短信向您索要验证码。',
    '从来没有客户投诉过,谢谢您告诉我们,我马上处理。',
    "Don't worry if you've made a mistake, I can fix it.",
    'We made a mistake, and I am sorry.',
    'I can see how infuriating that must be.',
    'Your team always responds quickly, thank you.',
    'Your card will absolutely not be charged again.',
  ])('leaves %s', (text) => {
    expect(flags(text)).toBe(false);
  });
});
