import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese phrases read at the edges of words and of what follows them, in sentences written
// for this test.
describe('别 ending a word (特别, 区别, 告别) is no "don’t"', () => {
  staysClean([
    '她对这个特别在意，难怪您不舒服。',
    '她對這個特別在意，難怪你不舒服。',
    '两款的区别在意式和美式，我帮您都拿一杯试试。',
  ]);
  flagsAs('dismissal', ['小问题而已，别在意。', '這點小事，別在意啦。']);
});

describe('本该 before when a thing was due is a schedule not kept, not blame', () => {
  staysClean([
    '工资是我们代发的，本该10号到，拖到15号才到。',
    '本该周五送到的，我们晚了，真抱歉。',
  ]);
  flagsAs('blame', ['本该提前预约的。', '本该一开始就说清楚的。']);
});
