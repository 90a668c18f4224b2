import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 32 (issue 11), each in sentences written for this test (简体, 粵, 台).
describe('precedent: an always, then never otherwise or a "no" drawn from it', () => {
  flagsAs('dismissal', [
    '我们的会员费一直都是年初统一收，从没改过。',
    '我們從以前就只做現場報名，沒開放過網路報名。',
    '我哋一向都係先收訂金，由開舖到而家冇變過。',
    '我们一向是这个报名顺序，所以不行。',
    '画册一直用这种铜版纸，这些年都这么印的。',
  ]);
  staysClean([
    '我们一直都是周三发货，不过这次我可以为您安排加急，周一就发出。',
    '我們從以前就有提供免費保固，現在就幫你登記。',
    '我们一直是按顺序处理的，您的单子还没处理过。',
  ]);
});

describe('the choice thrown back: the customer sent off alone to weigh it, or a bare 随便', () => {
  flagsAs('dismissal', [
    '贵的便宜的，您自个儿掂量去。',
    '办不办卡，你们两口子自己商量去。',
    '大杯还是小杯您随便，我不替您挑。',
  ]);
  staysClean([
    '您随便看看，有需要叫我。',
    '座位您随便坐。',
    '两款您自己选，选好了我马上帮您下单。',
    '您先跟家里人商量一下，定了告诉我，我帮您预留。',
  ]);
});
