import { describe } from 'vitest';
import { modelClean, modelFlagsSome } from './phrases-helpers.js';

// Session 29 (Japanese): who the customer is sent to, a curt tail, a refusal told as a state, and
// advice or a requirement backed by its reason.

describe('the customer sent to a superior or elsewhere, with no handover', () => {
  modelFlagsSome('a superior by title, or "try elsewhere"', [
    '料金にご納得いただけないなら、支店長に直接ご連絡なさってください。',
    'その手続きはこちらの係ではありません。よそを当たってください。',
  ]);
  modelClean('the agent passes it on, or offers the number', [
    'ご納得いただけないようでしたら、私から支店長に伝えて折り返しご連絡させます。',
  ]);
});

describe('a request closed by a curt demand for speed is an order', () => {
  modelFlagsSome('至急で / a bare deadline after the request', [
    '見積書に押印して返送してください。至急で。',
    '写真を撮り直して送ってください。明日までに。',
  ]);
});

describe('a refusal told as a state', () => {
  modelFlagsSome('…できない状況です with nothing after', [
    '恐れ入りますが、年内の配送はお引き受けできない状況です。',
  ]);
  modelClean('the same with a later date the agent can serve', [
    '恐れ入りますが、年内の配送はお引き受けできない状況です。一月六日以降でしたら伺えます。',
  ]);
});

describe('advice or a requirement with its reason alone after it, advice with no "no" of its own', () => {
  modelClean('advises or informs', [
    '乾燥機は使わないでおくのがよいと思います。生地が縮みやすい素材ですので。',
    '入館には事前登録が必要です。警備上の理由のためです。',
    '汚れが目立たない濃い色のカバーのほうがよろしいかと存じます。',
  ]);
});
