import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Partial is one shortfall, two at most: facts and the feeling or the check missing, three
// parts in all, is poor.
const bike = restatementItem(
  'I left my road bike with you on the 4th for a £70 service. You said Friday, it is now ten days later, nobody has rung, and I need it for a charity ride on Sunday. I am so annoyed.',
  [
    ['service', ['£70', 'service']],
    ['date', ['the 4th', '4th']],
    ['promised', ['Friday']],
    ['late', ['ten days', '10 days']],
    ['sunday', ['Sunday', 'charity ride']],
  ],
);
const verdict = (answer: string) => judge.judge(bike, answer, 'en').verdict;

test('two facts and the feeling missing is poor (en)', () => {
  expect(
    verdict(
      'So you left the bike on the 4th for a £70 service and it was due Friday. Is that right?',
    ),
  ).toBe('fail');
});

test('one fact, the feeling and the check missing is poor (en)', () => {
  expect(
    verdict(
      'You left the bike on the 4th for the £70 service, it was promised for Friday and it has been ten days.',
    ),
  ).toBe('fail');
});

test('one fact and the feeling missing, or two facts alone, stay partial (en)', () => {
  expect(
    verdict(
      'You left the bike on the 4th for the £70 service, it was promised for Friday and it has been ten days. Is that right?',
    ),
  ).toBe('partial');
  expect(
    verdict(
      'You left the bike on the 4th for the £70 service and it was promised for Friday. No wonder you are annoyed. Is that right?',
    ),
  ).toBe('partial');
});

test('two facts and the feeling missing is poor (zh-Hans)', () => {
  const item = restatementItem(
    '我上个月在你们店配的眼镜，花了八百，戴了三天镜腿就断了。店员说是我自己压坏的，要我再交两百修。我真的很生气。',
    [
      ['month', ['上个月']],
      ['price', ['八百', '800']],
      ['broke', ['镜腿断', '断了']],
      ['blame', ['压坏', '自己弄坏']],
      ['repair', ['两百', '200']],
    ],
  );
  expect(judge.judge(item, '您上个月花八百配的眼镜，镜腿断了，对吗？', 'zh-Hans').verdict).toBe(
    'fail',
  );
  expect(
    judge.judge(
      item,
      '您上个月花八百配的眼镜，三天镜腿就断了，店员说是您压坏的，还要两百修，对吗？',
      'zh-Hans',
    ).verdict,
  ).toBe('partial');
});
