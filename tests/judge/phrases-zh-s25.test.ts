import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources, staysClean } from './phrases-helpers.js';

// Session 25 (Chinese): "we cannot guarantee" tells an uncertainty, not a refusal; a booking's
// person hurt or ill, with nothing after, is bad news with no way forward.

const categories = (text: string) =>
  detectPhrases(text, resources.phraseLists).map((h) => h.category);

describe('a negated modal of guarantee', () => {
  staysClean([
    '我们不能保证明天一定晴天，如果航班取消，票款全额退回。',
    '我們沒辦法確保每一顆珠子大小一樣，你可以先來店裡挑。',
  ]);
  test.each(['我们不能退这件外套。', '沒辦法，這個我們做不到。'])(
    '%s is still a refusal',
    (text) => {
      expect(categories(text)).toContain('refusal');
    },
  );
});

describe("the booking's person hurt or ill, nothing after", () => {
  test.each(['您报名的周六陶艺课，老师昨天生病了。', '你訂嗰個導賞團，導遊今朝受傷了。'])(
    '%s is a dead end',
    (text) => {
      expect(detectPhrases(text, resources.phraseLists).length).toBeGreaterThan(0);
    },
  );
  staysClean([
    '您报名的周六陶艺课，老师昨天生病了，我们给您改到下周六同一时间。',
    '你訂嗰個導賞團，導遊今朝受傷了，我哋聽日安排另一位導遊帶你哋。',
  ]);
});
