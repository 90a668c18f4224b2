import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Spoken Cantonese and Taiwan Mandarin name the customer's feeling with a degree word and no
// subject (好激氣, 真係好唔開心, 很傻眼, 心很累); Cantonese puts itself in their place with
// 換轉係我 / 換邊個都.
const feeling = (customer: string, answer: string) =>
  judge
    .judge(restatementItem(customer, [['f', ['干洗']]]), answer, 'zh-Hans')
    .criteria.find((c) => c.id === 'feeling');

const HK = '我件外套拎去你哋度乾洗,攞返嚟少咗粒鈕,職員話唔關佢哋事。';
const TW = '我的外套送去你們那邊乾洗,拿回來少了一顆扣子,店員說不關他們的事。';

test.each([
  [HK, '件外套乾洗完少咗粒鈕,職員仲話唔關佢哋事,真係好激氣。係咪咁?', '好激氣'],
  [HK, '外套乾洗後冇咗粒鈕,職員又推卸,真係好唔開心。啱唔啱?', '好唔開心'],
  [HK, '外套乾洗完少咗粒鈕,換邊個都會唔舒服。係咪咁?', '換邊個都'],
  [TW, '外套乾洗完少了一顆扣子,店員還說不關他們的事,真的很傻眼。對嗎?', '很傻眼'],
  [TW, '外套乾洗回來少一顆扣子,店員又撇清,心很累吧。對嗎?', '很累'],
  // The customer feeling wronged, said as what was done to them.
  [TW, '外套乾洗回來少一顆扣子,店員還推說不關他們的事,您覺得被敷衍了。對嗎?', '您覺得被'],
  [TW, '外套乾洗後少了扣子,店員不認帳,您感覺自己像是被當成騙子。對嗎?', '您感覺自己像是被'],
])(
  'a feeling with a degree word, in Cantonese, or as a wrong felt: %#',
  (customer, answer, said) => {
    const f = feeling(customer, answer);
    expect(f?.met).toBe(true);
    expect(f?.span && answer.slice(f.span.start, f.span.end)).toBe(said);
  },
);

test.each([
  [TW, '外套說好乾洗後今天拿,少了一顆扣子,店員說不關他們的事。對嗎?'],
  [TW, '外套好不容易才拿回來,少了一顆扣子,店員說不關他們的事。對嗎?'],
  [HK, '外套乾洗完少咗粒鈕,職員話唔關佢哋事,好快就會搵到。係咪咁?'],
])(
  '好 as a verb result, 好不容易, a degree word before no feeling: none %#',
  (customer, answer) => {
    expect(feeling(customer, answer)?.met).toBe(false);
  },
);

test('something done to the thing, not a feeling of the customer, is none', () => {
  expect(feeling(TW, '您覺得外套在乾洗時扣子被弄掉了,店員說不關他們的事。對嗎?')?.met).toBe(false);
});
