import { describe } from 'vitest';
import { modelClean as clean, modelFlags as flags } from './phrases-helpers.js';

// Rules of session 8 (eval/probe-phen-s8*.jsonl, trainh and the misses of blind rounds 2026-12f/g),
// judged by lists and reply model together as `check` does. Every sentence is written for this
// test, never a probe's or a set's own.
describe('the customer sent to a third party with its remit and no handover', () => {
  flags('passing-the-buck', [
    'Phone the leisure centre, they handle the swimming passes.',
    'Give the landlord a ring, they look after the boiler.',
    'You might want to contact the garage, they deal with recalls.',
    'Refunds is a separate team.',
  ]);
  clean('with the agent handing it over', [
    'Refunds is a separate team, so I’ll pass your case to them and they’ll email you today.',
  ]);
});

describe('a requirement named as the step before the agent’s act', () => {
  clean('information', [
    'You’ll need to confirm the last four digits so I can open the account.',
    'You will need to sign for it before we can hand over the keys.',
  ]);
  flags('order', ['You’re going to need to resend everything before I can do anything.']);
});

describe('advice and an owned omission are not blame or impatience', () => {
  clean('a recommendation with “might want”', [
    'You might want the weekend pass, since you’re staying till Sunday.',
  ]);
  clean('the agent owning an omission', [
    'Sorry, we should have told you about the engineer’s visit.',
  ]);
});

describe('doubt put as a statement-question', () => {
  flags('doubt', ['You’re sure it wasn’t your neighbour who signed for it?']);
  clean('confirming a request', ['You’re sure you’d like to close the account?']);
});

describe('Japanese: 以上です closing bad news, the doubted report, the handover', () => {
  flags('refusal', ['その日の空きはございません。以上です。']);
  clean('以上です after an answer or with a next step', [
    'お手続きは完了しております。以上です。',
    '空きはございません。以上です。キャンセルが出ましたらご連絡いたします。',
  ]);
  flags('doubt', ['本当にまだ受け取っていないんですか?']);
  flags('passing-the-buck', ['返金の件は私の担当じゃないので。']);
  clean('a handover after “not mine”', [
    '私の担当ではないのですが、係の者に代わりますので少々お待ちください。',
  ]);
});

describe('second probe: questions that tell the customer to calm down, outcomes they asked for', () => {
  flags('dismissal', ['Could you try to calm down a little?', '少し落ち着いてもらえませんか?']);
  clean('a cancellation confirmed, with nothing to pay', [
    'I can confirm the membership has been cancelled.',
    'The lesson has been cancelled and you will not be charged for it.',
  ]);
  flags('doubt', ['Sorry, but that does not match what the courier logged.']);
  flags('unprofessional', ['Our booking system is a complete mess, honestly.']);
  flags('passing-the-buck', ['ポイントのことはカード会社に問い合わせてください。']);
  clean('the agent asks the third party', ['私からカード会社に問い合わせてみますね。']);
});

describe('development rows of trainh (new sentences of the same kinds)', () => {
  clean('an invitation to carry on', ['Go on, tell me what the engineer said.']);
  flags('impatience', ['It’s all on our website, just read it.']);
  flags('confrontation', ['Can’t you see the shop is closing?']);
});

describe('third probe: the non-apology, procedure as a shield, read first', () => {
  flags('confrontation', ['Sorry you feel that way, but the fee stands.']);
  flags('policy-shield', ['The guard followed the correct procedure.']);
  flags('order', ['Read the help page before contacting us.']);
  clean('a practical request and the non-apology with an offer', [
    'Please keep your policy number handy before calling us.',
    'I’m sorry you feel that way — what I can do is waive the late fee.',
  ]);
});

describe('blind round 2026-12f: the matter called nothing to do with this desk', () => {
  flags('passing-the-buck', [
    'Lost cards are the bank’s business, nothing to do with this counter.',
  ]);
  clean('with the agent’s remedy after it', [
    'The delay had nothing to do with our team, it was the storm, and I’ve rebooked you for tomorrow.',
  ]);
});

describe('fourth probe: templates, honest limits, corrections', () => {
  clean('advice after a limit, a correction by contrast, not-your-fault', [
    'We can’t promise the Saturday slot, but ordering before 10am gives you the best chance.',
    'Sorry for the confusion — to clarify, the deposit is fifty pounds, not eighty.',
    'お客様のミスではございませんので、ご心配なく。',
  ]);
  flags('refusal', ['Please see our help centre. This ticket will now be closed.']);
  clean('a closed ticket that can be reopened', [
    'This ticket will now be closed — just reply to this email if you need anything else.',
  ]);
  flags('blame', ['If you’d checked the date on the voucher, this wouldn’t have happened.']);
  flags('blame', ['お客様の入力ミスではないでしょうか。']);
  flags('order', ['Stop chasing us every hour, please.']);
});

describe('fifth probe: chat without apostrophes, templates that close the matter', () => {
  flags('refusal', ['we cant swap the size sorry', 'we dont accept returns on swimwear']);
  clean('the same with a way forward', [
    'we cant swap the size, but I can refund it and you can reorder',
  ]);
  flags('impatience', ['As informed earlier, the parcel is with the courier.']);
  flags('refusal', ['We consider this matter closed.']);
  clean('a data promise', ['We don’t store your bank details on our servers.']);
  flags('order', ['利用規約を読んでからお問い合わせください。']);
});

describe('read first, reply after', () => {
  flags('order', ['Read the terms we linked before replying.']);
  clean('with the agent’s offer after it', [
    'Have a read of the guide before you reply, and I’ll go through anything that’s unclear.',
  ]);
});

describe('advice framing a send-off from outside recommends', () => {
  flags('passing-the-buck', ['You may want to try the depot, they might have it.']);
  clean('places recommended', ['附近没有餐厅，推荐您去别处吃，王府井那边选择很多。']);
});
