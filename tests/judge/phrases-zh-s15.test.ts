import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 15 (issue 11), each in sentences written for this test.
describe('a place or a stock used up, told with nothing after it', () => {
  // The result complement says it is all gone (分完, 订出去, 爆晒); 全 says all of them.
  flagsAs('refusal', [
    '下学期的储物柜已经分完了。',
    '周六的烧烤炉全租出去了。',
    '明年的年卡名额满了。',
    '下个月的试驾时段都排满了。',
    '今晚啲泳道全部爆晒。',
    '紀念版球衣賣晒喇。',
  ]);
  staysClean([
    '周六的烧烤炉全租出去了,周日还有三个,要不要帮您留一个?',
    '今晚啲泳道爆晒,不過聽朝七點仲有位,我幫你留?',
    '这条安全带已经过期了,我现在给您换一条新的。',
    '红色的卖完了,要不要看看蓝色的?',
  ]);
});
