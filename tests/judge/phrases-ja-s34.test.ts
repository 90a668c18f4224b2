import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Japanese acts of session 34 (issue 11), each in sentences written for this test.
describe('false reassurance: left alone, the trouble mends in the present tense, nothing of ours after', () => {
  flagsAs('false-reaction', [
    'そのままにしておけば、そのうち直りますよ。',
    '時間が経てば自然に収まります。',
  ]);
  staysClean([
    '多くの場合は数分で自然に回復しますが、念のため担当者から折り返しご連絡いたします。',
    '昨晩のうちに自然に復旧しました。',
  ]);
});

describe('send to a superior: the customer asked to try taking it up with the boss themselves', () => {
  flagsAs('send-to-manager', ['料金のご相談でしたら、支店長に直接かけ合ってみてください。']);
  staysClean(['料金のご相談でしたら、私から支店長に伝えておきます。']);
});

describe('reply model: a condition of service stated, our next act in a humble verb after bad news', () => {
  modelClean('a condition stated as information', [
    '持ち込みの木材は、金属片が入っていないことが加工の条件です。',
  ]);
  modelClean('the search goes on in a humble verb', [
    'お預かりした鍵はまだ見つかっておりません。本日中にもう一度探してまいります。',
    '残念ながら、まだ見つかっておりません。もう一度倉庫を確認してまいります。',
  ]);
});
