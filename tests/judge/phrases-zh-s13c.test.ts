import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 13's third round (issue 11; classes of earlier rounds' remaining misses,
// tuned), each in sentences written for this test. Beside each class, its near miss stays clean.
describe('a certain outcome, then the agent vouching for it', () => {
  flagsAs('false-reaction', ['這次貸款一定會批，我可以保證。']);
  staysClean(['您放心，我们一定不会泄露您的资料，我可以保证。']);
});

describe('the customer hurried into a choice', () => {
  flagsAs('impatience', ['选好了没有？快点决定。']);
  staysClean(['您不用急，慢慢决定。']);
});

describe('a price said, then what more the customer wants', () => {
  flagsAs('confrontation', ['五十蚊你仲想要咩服務？']);
  staysClean(['这个价位您还想要什么服务，我都可以帮您加。']);
});

describe('the agent’s load as many enquiries, then the customer put off', () => {
  flagsAs('dismissal', ['最近咨询众多，您过两天再来问。', '今天店里就我一个人，您这单先放放。']);
  staysClean(['最近咨询众多，您的申请我已经登记，周五前给您回复。']);
});

describe('the customer’s own thing or skill given as the cause', () => {
  flagsAs('blame', ['是您选的尺码太小了。', '机器没坏，是你不会操作。']);
  staysClean(['不是您选的尺码太小，是我们发错了货，马上给您换。']);
});

describe('agreeing, then the agent’s side always going wrong (Taiwan 出包, 很扯)', () => {
  flagsAs('unprofessional', ['對啊，我們物流常常出包，我也覺得很扯。']);
  staysClean(['對，這次物流出了點問題，我們已經幫您重新寄出。']);
});
