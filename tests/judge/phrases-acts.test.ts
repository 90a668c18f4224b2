import { describe, expect, test } from 'vitest';
import { detect, flagged } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

// The false-flag classes of issue 11, each in sentences written for this test.
describe('what the words match but the act is not taboo', () => {
  test.each([
    // 1. a refusal that already offers a concrete alternative
    ["Sorry, I'm unable to reserve the 6pm table. Would 7pm suit you instead?"],
    ["I can't change the flight date, but I could move you to the Friday service."],
    ['I am sorry, I could not get that room for you, maybe the one next door?'],
    ['Sorry, I cannot issue tickets here, the box office number is 01632 960123.'],
    // 2. obligation words inside a question or a condition
    ['How many rooms do you need to reserve?'],
    ['The hotline is 01632 960555 should you need to reach them.'],
    ["If you wanted a sea view, you'd need to pick the north wing."],
    // 3. offers and choices
    ['Shall I help you find another venue?'],
    ['Please tell me your choice of seat.'],
    ["Are you sure I can't help you find a cheaper option?"],
    // 4. a recommendation
    ["You should try the lemon tart, it's lovely."],
    // 5. one common word out of context
    ['I realised we never emailed you the receipt.'],
    ['The garden is fine for a picnic.'],
    // 6. "Nope" answering a yes/no question with the fact
    ["Nope, it's a comedy."],
    // 7. a requirement stated as information
    ['You will need to pay a 20 GBP deposit at check-in.'],
    // 8. the approved rewrite of "I don't know"
    ["I'm not sure what the parking charge is, but you can ring the venue on 01632 960123."],
    // Chinese: a recommendation with 您应该, 只能 stating the only option, 没办法 + a recommendation
    ['您应该去试试那家的烤鸭,很有名。'],
    ['这附近没有地铁站,你只能打车过去,大概二十分钟。'],
    ['没办法,这家酒店满了,推荐您看看旁边的如家,价格也合适。'],
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

// The miss classes of issue 11: structure, not listed phrases.
describe('what the lists missed', () => {
  test.each([
    ['I was unable to make the reservation.', 'refusal'],
    ["I couldn't book the table for Friday.", 'refusal'],
    ['The booking could not be completed.', 'refusal'],
    ['Sorry, I cannot reserve that, is there anything else I can help with?', 'refusal'],
    ["You didn't give us the order number.", 'blame'],
    ["Are you sure that's what you ordered?", 'doubt'],
    ["I'm sure it'll turn up.", 'dismissal'],
    ["That's your call.", 'dismissal'],
    ['It has always worked like that.', 'dismissal'],
    ["We're run off our feet today.", 'dismissal'],
    ["What's your problem?", 'confrontation'],
    ['You must refund your ticket and buy a new one.', 'order'],
    ['You should check with the venue yourself.', 'order'],
    ['As I said, the shop is closed on Sundays.', 'impatience'],
    ['你到底想干嘛?', 'confrontation'],
    ['你没说清楚要哪一天。', 'blame'],
    ['你确定吗?我们这边显示已经签收了。', 'doubt'],
    ['我们这边忙不过来,你晚点再打。', 'dismissal'],
    ['冷靜一點好不好?', 'dismissal'],
  ])('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test('"I don\'t know" is the forbidden wording even when a referral follows', () => {
    expect(acts("I don't know, sorry. You can call them on 01632 960123.")).toEqual(['refusal']);
  });

  test('"anything else?" alone is no alternative; another time is', () => {
    expect(flagged("I'm unable to book that. Anything else I can help with?")).toHaveLength(1);
    expect(flagged("I'm unable to book that. Shall I try another time?")).toEqual([]);
  });

  test('an order tagged with a question is still an order; a question is not', () => {
    expect(acts('You need to sign here, OK?')).toEqual(['order']);
    expect(acts('Do you need to sign anything else?')).toEqual([]);
  });
});

// The second round of miss classes, in sentences written for this test: each class flags in
// new words, and a near miss of the same words stays clean.
describe('second round: dead ends, empty promises, threats, policy, doubt, precedent', () => {
  test.each([
    // a dead end: no next step
    ["There's nothing further we can do about the delay.", 'refusal'],
    ['The case is closed, end of discussion.', 'refusal'],
    ['没有其他办法了,您的订单已经取消。', 'refusal'],
    ['就这样吧,这个问题已经结案了。', 'refusal'],
    // a refusal in the past tense after "I'm afraid", or in the passive with "won't get"
    ["I'm afraid I wasn't able to transfer your seat.", 'refusal'],
    ["Your claim won't get dealt with this week.", 'refusal'],
    // reassurance with nothing behind it
    ["It'll definitely be with you on Monday, bills never go missing.", 'false-reaction'],
    ['The error will fix itself, just leave it.', 'false-reaction'],
    ['您放一百个心,保证不会再出问题。', 'false-reaction'],
    // blame on the customer's side, doubt of what they did
    ['The address was entered incorrectly on your side.', 'blame'],
    ['Are you sure you paid the invoice? We have nothing.', 'doubt'],
    ['说实话我很难相信包装是完好的。', 'doubt'],
    // the fuss, the customer left alone, precedent
    ["I don't get what all the fuss is about, it's one email.", 'dismissal'],
    ["If it goes wrong that's your lookout.", 'dismissal'],
    ['No other customer has ever complained about the lift.', 'dismissal'],
    ['我们一直都是这么收费的。', 'dismissal'],
    ['至今也没有顾客反映过热水有问题。', 'dismissal'],
    ['一点小划痕,有必要这么激动吗?', 'dismissal'],
    // busy
    ["We're stretched thin, your query will have to wait.", 'dismissal'],
    ['我现在顾不上,等我忙完再说。', 'dismissal'],
    // orders with a threat or a reproach; policy closing the matter; a manager found alone
    ['Resend the invoice, correctly this time.', 'order'],
    ['Call back tomorrow or forget about the refund.', 'order'],
    ['三点前把表交上来,过时不候。', 'order'],
    ['The terms and conditions forbid it.', 'policy-shield'],
    ['Go and speak to a supervisor yourself.', 'passing-the-buck'],
    // confrontation, the agent joining the moan, not knowing in new words
    ['你这种客人我们见得多了。', 'confrontation'],
    ['你也太难伺候了。', 'confrontation'],
    ['Tell me about it, the billing team are clueless.', 'unprofessional'],
    ['That question is beyond me.', 'refusal'],
    // a refusal in the passive, with the customer's thing as subject; no other option
    ['Your transfer request was turned down.', 'refusal'],
    ['Sadly the upgrade cannot go ahead.', 'refusal'],
    ["I've done everything I can, there's no other way.", 'refusal'],
    ['您的报销申请被驳回了。', 'refusal'],
    // blame by consequence, own fault, making trouble; the company run down by the agent
    ["That's what happens when you don't save the receipt.", 'confrontation'],
    ['是您自己点的确认,怪不得别人。', 'blame'],
    ['你这就是成心找事吧?', 'confrontation'],
    ['Honestly, the courier is useless.', 'unprofessional'],
    // a promise with nothing behind it; many others have no problem; the matter left alone
    ['Trust me, everything will be fine.', 'dismissal'],
    ['Hundreds of customers use it without any issues.', 'dismissal'],
    ['Which plan you pick is your own decision.', 'dismissal'],
    ['Policy is policy.', 'policy-shield'],
    // a third round of new wordings: nothing to be done, the fault put on the customer's side,
    // an order to stay away, not knowing, a big deal, 计较, 自己恢复, 管不着
    ['The claim did not go through and nothing can be done.', 'refusal'],
    ['Nobody else is having this fault, so it must be your laptop.', 'blame'],
    ["Don't call again until the box is packed.", 'order'],
    ["Haven't the faintest idea, sorry.", 'refusal'],
    ["I don't see why it's such a big deal.", 'dismissal'],
    ['几块钱也要计较吗?', 'dismissal'],
    ['别担心,过几天网络会自己恢复。', 'false-reaction'],
    ['这是你们自己的事,我们管不着。', 'dismissal'],
  ])('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test.each([
    // near misses: the same words with a way forward, a condition, empathy or a reassurance
    ["There's nothing more I can do online, but I can ring the depot for you now."],
    ['没有别的办法的话,我帮您转给主管处理。'],
    ["I can see why you're so upset about the delay."],
    ["I'm busy checking the warehouse stock for you now."],
    ['I noticed we never sent your invoice. Shall I email it now?'],
    ["We won't keep you waiting: the engineer arrives at ten."],
    ['Are you sure you want to cancel the order?'],
    ['我们绝不会在没经过您同意的情况下扣费。'],
    ['您刚刚说店员回您「这不关我的事」,这不应该,我马上反映。'],
    ['你太客气了,这是我们应该做的。'],
    ['Please check whether the form was filled in wrong on our side.'],
    [
      "Sadly we weren't able to get the refund approved, but I've raised it and will call you by noon.",
    ],
    ['Your booking was confirmed and the refund has been approved.'],
    ['There is a no smoking policy which does not allow it. Would you still like the room?'],
    ["It's up to you which time suits, both are free."],
    ['很遗憾您的申请没有通过,我已经帮您提交复核,明天给您回电。'],
    ['我们不是故意刁难您,这是为了保护您的账户。'],
  ])('%s stays clean', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('a way forward that is itself refused is none', () => {
  test.each([
    ["I can't refund it, and I won't call you back either."],
    ['We cannot swap the seats. I will not be able to move you later.'],
    ['这个我没法帮您查，也不会帮您问。'],
  ])('%s is flagged', (text) => {
    expect(acts(text)).toContain('refusal');
  });
  test.each([
    ["I can't refund it, but I can call you back tomorrow with the manager's answer."],
    ['我没法帮您退，但我可以帮您问问经理。'],
  ])('%s stays clean', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('hits carry the clause they stand in', () => {
  test('the clause holds the span and stops at clause marks', () => {
    const text = 'Thanks for waiting. Sorry, we cannot refund it, no exceptions.';
    const [hit] = detect(text);
    expect(hit?.clause).toBeDefined();
    expect(text.slice(hit?.clause?.start, hit?.clause?.end)).toBe('we cannot refund it');
  });
});

// Issue 19 finding 9: a phrase split by what a reader does not see is still the phrase.
describe('folding before matching, spans in the original', () => {
  test.each([
    ['Please calm\ndown.', 'calm\ndown'],
    ["I don't\nknow.", "I don't\nknow"],
    ['Please cal\u00adm down.', 'cal\u00adm down'],
    ['Please ca\u200blm down.', 'ca\u200blm down'],
    ['I don\u2019t \u202eknow.', 'I don\u2019t \u202eknow'],
    ['我不\n知道。', '我不\n知道'],
  ])('%j', (text, span) => {
    expect(flagged(text)).toEqual([span]);
  });

  test('a line break after a full stop or before a capital still ends the sentence', () => {
    expect(flagged('Please stay calm.\nDown the hall is the desk.')).toEqual([]);
    expect(flagged('It is calm\nDown by the river.')).toEqual([]);
    expect(flagged('Keep calm\n\ndown the corridor is the exit.')).toEqual([]);
  });
});
