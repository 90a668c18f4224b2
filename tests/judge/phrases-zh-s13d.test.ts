import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 13's fourth round (issue 11; the misses of probe-phrzh-s13c's first
// run), each in sentences written for this test. Beside each class, its near miss stays clean.
describe('past the time, then 就 and a bare sanction', () => {
  flagsAs('order', ['下午五点前来签字，过了就不管了。', '聽日之前交錢，過咗就唔理。']);
  staysClean(['过了也没关系，我们可以帮您改期。', '过了就作废的是旧券，新券没有期限。']);
});

describe('the next batch “can’t say” in Cantonese', () => {
  flagsAs('refusal', ['呢隻茶葉賣晒，下一批幾時到都話唔定。']);
  staysClean(['呢隻茶葉賣晒，下一批幾時到都話唔定，到咗我即刻通知你。']);
});

describe('agreeing, then the agent’s side always running late', () => {
  flagsAs('unprofessional', ['是啊，我们的航班老是误点。']);
  staysClean(['是啊，今天航班误点了，我们已经给您安排了休息室。']);
});

describe('a pile of orders, then the customer’s thing put off to next week', () => {
  flagsAs('dismissal', ['最近單子多到爆，你嗰件下禮拜再講。']);
  staysClean(['最近單子比較多，你嗰件下禮拜三前做好，做好我打俾你。']);
});
