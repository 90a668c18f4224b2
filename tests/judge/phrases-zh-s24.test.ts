import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 24 (Chinese): acts said by structure, read on the misses of rounds 12ag–12ap, pinned here
// in other words and domains (Mandarin, Cantonese and Taiwan wording).

describe('an acknowledgement said twice with its sentence-final particle', () => {
  flagsAs('false-reaction', [
    '明白喇明白喇，你想換貨。',
    '收到囉收到囉。',
    '好了好了，窗帘的事我听懂了。',
    '係囉係囉，張單我睇到喇。',
  ]);
  staysClean([
    '对了对了，还有一张保修卡放在盒子里。',
    '好嘅，我而家幫你改地址。',
    '明白了，您是说窗帘短了五公分，我今天下午派人上门量。',
  ]);
});

describe('a guarantee word heading an outcome the agent cannot control', () => {
  flagsAs('false-reaction', [
    '这种除湿机一开，墙上的霉保准半年都不长。',
    '呢隻保濕霜搽一個禮拜，包你皮膚好返晒。',
    '這款輪胎保證跑五萬公里都不會破。',
    '打完这针猫肯定不会再吐，相信我。',
    '放心，考官聽日一定收你份報告，我同你包底。',
  ]);
  staysClean([
    '我们保证今晚八点前把轮胎送到。',
    '如果房东要保证人，我们可以出一份担保证明。',
    '这个面包你尝尝，今天早上刚烤的。',
    '保证金下周一退回你的账户。',
    '相信我，我现在就帮你查物流。',
  ]);
});

describe('the customer held to proof that they saw it', () => {
  flagsAs('doubt', [
    '快递员把箱子扔进花坛？您亲眼看见的？',
    '真係我哋師傅整花你塊地板？你親眼睇住佢整花？',
    '真的是我們店員把你的外套弄髒的嗎？你有看到嗎？',
  ]);
  staysClean([
    '您亲眼看到是谁把箱子拿走的吗？我们马上调监控。',
    '你有看到快递员把箱子放在哪儿吗？',
  ]);
});

describe('what the customer expected, asked after their own act', () => {
  flagsAs('confrontation', [
    '手机泡了一晚上水，您指望它还能开机？',
    '冬天唔收水喉，你估佢唔爆咩？',
    '合同都没签就开工，你以为我们会认账？',
    '部機三年冇抹過塵，你諗咩呀？',
  ]);
  staysClean(['你谂住几时嚟攞件衫？', '您估计几点能到门口？', '您想改到几点？']);
});

describe('a Cantonese 唔 before a verb of service work, closing the reply', () => {
  flagsAs('refusal', ['你上次問嗰個古董鐘，師傅睇完之後，唔接。']);
  staysClean([
    '你上次問嗰個古董鐘，師傅睇過唔接，不過佢介紹咗另一位師傅，電話我WhatsApp俾你。',
    '我哋幫你免費檢查部相機，報咗價你再決定修唔修。',
  ]);
});
