import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese and Japanese acts of session 35 (issue 11), each in sentences written for this test (简体, 粵, 台, ja).
describe('dead end: the request told as an outcome that did not come about, nothing after', () => {
  flagsAs('refusal', [
    '抱歉，您要的那趟早班车，最后没订上。',
    '您申请的延期还款，银行那边没给批下来。',
    '不好意思，这个月的展位没法再给您留了。',
    '唔好意思，你想加嘅嗰個時段，冇排到入去。',
    '你想退返訂金，老闆唔批。',
    '周末的包船是没可能安排的。',
  ]);
  staysClean([
    '那趟早班车没订上，我给您留了九点那一班，同样是靠窗的位子，您看可以吗？',
    '您的延期还款还没批下来，银行说周四给结果，我一拿到就通知您。',
    '要是这周的展位没排进去，我们就全额退还报名费。',
    '星期六冇排到位，不過星期日朝早有位，我幫你留住先？',
    '這次保養我們沒收你工錢。',
  ]);
});

describe("dead end: the customer's own thing befallen — 晒, its person gone, a count after 了, a search still empty", () => {
  flagsAs('refusal', [
    '你部風筒個摩打燒晒。',
    '您约的那位摄影师离职了。',
    '您寄来的那批瓷砖，运输途中碎了四块。',
    '仓库翻了两遍，您的钥匙还是没找着。',
    'お客様のソファですが、張り替え中に座面がしわだらけになってしまいました。',
  ]);
  staysClean([
    '你部電飯煲整好晒，聽日嚟攞得。',
    '您寄来的瓷砖碎了四块，我们明天给您补寄四块新的。',
    '您的钥匙还没找到，我们下午再去另一个仓库找。',
    '您约的摄影师离职了，我们给您换了另一位老师，时间不变。',
  ]);
});

describe('false reassurance: a vow over an outcome at an extreme (一…都不会, N年都唔会), or calming words as a sentence before a certainty', () => {
  flagsAs('false-reaction', [
    '我包保你部洗衣機用十年都唔會壞。',
    '这批货清关一天都不会耽误，我保证。',
    '放心，这扇门我跟您打包票，刮十级台风一滴水都渗不进来。',
    '這種防水漆，颱風天一滴水都漏不進去，這話我敢寫進合同。',
    'ご安心ください。来月の花火大会は必ず晴れます。',
  ]);
  staysClean([
    '我保证今天六点前给您回电话，一分钟都不会让您白等。',
    '我保证一分钱都不会多收您的。',
    '我跟您保证，这批货一件都没少，仓库刚清点过。',
    'ご安心ください。本日中に必ず担当者からご連絡いたします。',
  ]);
});
