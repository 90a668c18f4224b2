import { expect, test } from 'vitest';
import { classifyQuestion } from '../../src/judge/question/index.js';

// Cantonese 边几次 / 边方面 ask "which ones / which areas" — the customer's own account, like 哪些
// (呢边 / 嗰边 / 这边 + 几 are "over here / there", a place before a count); a closing 系点㗎
// asks how; 有冇嘢想补充 opens the floor like 有什么想补充; 把…从头讲一遍 invites the story in
// yes/no grammar (the material's polite invitation); ja 何 + a counter (何羽, 何匹) counts, and
// どのあたりが…きつく感じ / 大変 asks where the trouble is.
test.each([
  ['講吓上個月收錶邊幾次出錯。', 'open'],
  ['你覺得課程邊方面最需要改善？', 'open'],
  ['你部車停咗之前嗰幾日開起上嚟係點㗎？', 'open'],
  ['仲有冇嘢想同我哋講？', 'open'],
  ['还有没有东西想补充的？', 'open'],
  ['可不可以把那天在门口发生的事从头说一遍？', 'open'],
  ['ツアーのどのあたりが一番大変でしたか。', 'open'],
  ['你哋呢边几点开门㗎？', 'closed'],
  ['嗰边几多钱一晚？', 'closed'],
  ['这边几个人用餐？', 'closed'],
  ['有没有东西落在车上？', 'closed'],
  ['您的电话号码能不能再说一遍？', 'closed'],
  ['ケージには何匹入っていましたか。', 'closed'],
  ['注文したのは何羽分ですか。', 'closed'],
])('%s → %s', (text, verdict) => {
  expect(classifyQuestion(text).verdict).toBe(verdict);
});
