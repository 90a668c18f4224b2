import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 12's third round (issue 11; the misses of probe-phrzh-s12c's first
// run), each in sentences written for this test. Beside each class, its near miss stays clean.
describe('a telling of last week or last month held against the customer', () => {
  flagsAs('impatience', ['上个月就跟您讲过要预约，怎么还是没约？']);
  staysClean(['上周我们跟您说过的退款，今天已经到账了。']);
});

describe('a clock deadline, then a bare 把 clause', () => {
  flagsAs('order', ['六点前把摊位收了，不然罚款。']);
  staysClean(['我们六点前把摊位给您搭好。', '六点前需要把摊位收好，麻烦您配合。']);
});

describe('"the how-manyth time is this?" held against the customer', () => {
  flagsAs('impatience', ['这是第几趟了？下次带齐再来。']);
  staysClean(['这已经是第几次让您白跑了，实在抱歉。']);
});

describe('the customer’s own lateness given as the cause', () => {
  flagsAs('blame', ['是你自己来晚了，座位才没了。']);
  staysClean(['不是您自己迟到，是航班延误，我们来改签。']);
});
