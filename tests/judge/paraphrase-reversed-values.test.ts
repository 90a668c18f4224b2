import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  [
    'en',
    'en' as const,
    'I sent the printer back last Monday and I still have not seen the £129 you owe me.',
    ['£129', '129 pounds'],
    'That must be really annoying. You sent the printer back last Monday and the £129 refund has come through since. Is that right?',
    'That must be really annoying. You sent the printer back last Monday and the £129 is still not back with you. Is that right?',
  ],
  [
    'zh-Hans',
    'zh-Hans' as const,
    '我上周一把打印机寄回去了，可1299元的退款到现在还没到账。',
    ['1299元', '1299'],
    '难怪您着急。您上周一寄回了打印机，1299元的退款已经到账了，对吗？',
    '难怪您着急。您上周一寄回了打印机，1299元的退款到现在还没到账，对吗？',
  ],
  [
    'zh-Hant',
    'zh-Hans' as const,
    '我上週一把印表機寄回去了，可1299元的退款到現在還沒到帳。',
    ['1299元', '1299'],
    '難怪您著急。您上週一寄回了印表機，1299元的退款已經到帳了，對嗎？',
    '難怪您著急。您上週一寄回了印表機，1299元的退款到現在還沒到帳，對嗎？',
  ],
])(
  '%s: a value the customer still waits for, restated as come, is a reversed fact',
  (_n, lang, customer, amount, reversed, right) => {
    const item = restatementItem(customer, [
      ['returned', ['sent the printer back', 'printer', '打印机', '印表機']],
      ['when', ['last Monday', '上周一', '上週一']],
      ['amount', amount],
    ]);
    const bad = judge.judge(item, reversed, lang);
    expect(bad.criteria.find((c) => c.id === 'amount')).toMatchObject({
      status: 'contradicted',
      detail: 'reversed',
    });
    expect(bad.verdict).toBe('fail');
    const good = judge.judge(item, right, lang);
    expect(good.criteria.find((c) => c.id === 'amount')?.status).toBe('met');
    expect(good.verdict).toBe('pass');
  },
);
