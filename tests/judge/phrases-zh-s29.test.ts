import { describe } from 'vitest';
import { modelClean, modelFlagsSome } from './phrases-helpers.js';

// Session 29 (Chinese): acts read by who acts and what follows the clause.

describe('你应该 with a clause that says why is advice, not an order', () => {
  modelClean('a step ahead, then a reason or a gain compared', [
    '您应该订早上那班车，因为下午那班经常晚点。',
    '你應該揀深色嗰件，因為淺色洗幾次就會黃。',
    '您应该先报初级班，学会换气以后再上进阶班会轻松很多。',
    '去那片海滩，你应该带长袖的防晒衣，比涂防晒霜省事。',
  ]);
  modelFlagsSome('hindsight, or a state or contact asked of the person, stays flagged', [
    '你应该早点来的，现在号已经放完了。',
    '你應該自己先問清楚才對。',
    '你应该冷静一点，因为吵也解决不了。',
    '您应该直接去找厂家，因为我们不管这个。',
  ]);
});

describe('a requirement told first, then the rule it comes from, informs', () => {
  modelClean('requirement, then 这是…的规定', [
    '登机前要关掉充电宝，这是航空公司的安全规定。',
    '進實驗室必須穿好保護衣，這是學校的安全規定，門口有得借。',
  ]);
  modelFlagsSome('the rule as the whole answer, or a "no" beside it, stays flagged', [
    '这是我们店的规定，我也帮不了你。',
    '退押金要带收据，这是公司规定，没有例外。',
    '不能带宠物进来，这是商场的规定。',
    '加急要另收五十块，公司规矩来的。',
  ]);
});

describe('the agent binding its own conduct promises, it does not refuse', () => {
  modelClean('a "no" of will before "without leave", or before delay with a deadline after', [
    '您的来稿我们从不擅自改动，改稿前一定先问您。',
    '你部手機我哋唔會私自開機，淨係換個電池。',
    '退款这事我们不会再拖，周五下班前打到您卡上。',
    '報價單我唔會遲，聽日中午之前發俾你。',
  ]);
  modelFlagsSome(
    'a refusal, a delay denied with no deadline, or a ban on the customer stays flagged',
    ['这种保修我们从来不接。', '报价我们不会拖的，放心吧。', '我们不能擅自给你退款。'],
  );
});

describe('orders chained by clause shape', () => {
  modelFlagsSome(
    'a step with 给我 / 俾我, a redo with a count, a result to get right, a ban on missing',
    [
      '登记卡给我写清楚了，下午三点前交上来。',
      '啲相俾我影清楚，今晚send返嚟。',
      '收据重新开一张，金额写对。',
      '張表再填過，今次寫清楚佢。',
      '啲碗碟還之前洗乾淨，一隻都唔可以少。',
    ],
  );
  modelClean('the agent receives, redoes or asks', [
    '登记卡发给我，我帮您核对一下信息。',
    '收据我们重新给您开一张，金额已经改对了。',
    '張表我幫你再填過，你喺度簽個名就得。',
  ]);
});

describe('the customer sent to whoever approves the matter, with no handover', () => {
  modelFlagsSome('approval named, then the customer contacts them', [
    '这笔退款得财务总监批，您直接给他打电话吧。',
    '呢個要主任簽名，你自己email佢快啲。',
  ]);
  modelClean('the agent takes it to them, or the contact is offered with "can"', [
    '这笔退款得财务总监批，我现在就发邮件给他，下午给您回复。',
    '这个要主任签名，您可以直接给她打电话，分机是8021。',
  ]);
});
