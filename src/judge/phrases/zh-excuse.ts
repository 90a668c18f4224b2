import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Chinese: an excuse that explains the customer's fault away, by structure — the fault called what
 * such things have always been (一向都系咁 / 没人投诉过) or our part in it denied (不是我们门店的问题 /
 * 那不是我排的师傅 / 跟我们店没关系), with no action of ours after it. A word of nature or habit
 * (本来就 / 因人而异 / 一般 / 通常 / 每年 / 正常) is the excuse only in a clause a contrast opens after an
 * acknowledgement (理解…,不过睡眠训练本来就因人而异): alone it informs ("一般三天到") or sides with the
 * customer ("时间本来就赶，换谁心里都乱"). Not asked, not under a condition. Folded text: simplified,
 * commas ',', 您 as 你.
 */
interface Markers {
  alone: RegExp;
  framed?: RegExp;
}

/** The customer's feeling acknowledged or an apology, anywhere in the reply (before or after the excuse). */
const ACKNOWLEDGED =
  /理解|明白|知道|懂|体谅|抱歉|对不起|不好意思|难怪|辛苦|心情|别急|着急|(?:你|您)(?:真的|真系|实在|一定|肯定)?(?:很|好|太|挺|超|真的|真系)/u;

/** The contrast words that turn a reply against what came before (不过 / 可是 / Cantonese 但系). */
export const CONTRAST_ZH = '不过|可是|但是|但系|只不过|只是|但';

/** A contrast word opening a clause. */
const CONTRAST = new RegExp(`(?:^|[,;:])\\s*(?:${CONTRAST_ZH})`, 'u');

const CONDITION = /如果|要是|假如|万一|的话|嘅话/u;

/** The agent acting or offering anywhere after: a transfer, a visit, a refund, a number to call. */
const AGENT_ACTS =
  /我(?:们|哋)?(?:帮|替|给|来|这就|马上|现在|而家|即刻|已经|会|去|先|可以|安排|派)|转接|转给|帮(?:你|您)|(?:要不要|需要|使唔使)我|\d{5,}/u;

/** The fault called what such things have always been (一向都系咁), nobody else complaining; by nature (本来就) after a contrast. */
const NORMALISED_ZH: Markers = {
  alone:
    /(?:一向|一直|向来|从来|历来)(?:都|也)?(?:是|系)?(?:这样|咁|这么|如此)(?:的|嘅|㗎|啦|喇|啊)*(?=[,.!;]|$)|(?:没人|冇人|没有人|其他[^,.!?;:]{0,4}?(?:没|冇|没有))[^,.!?;:]{0,8}?(?:投诉|抱怨|反映)/u,
  framed:
    /本来就(?!是|系|该|应该|应|要|可以|能|打算|想)|因人而异|在所难免|一向|向来|通常|一般|总是|都会|每(?:年|季)[^,.!?;:]{0,8}?都(?:有|会)|正常|难免|常见|常有|都(?:是|系)?(?:这样|咁)/u,
};

/** Our part denied: 不是我们(门店)的问题 / 那不是我排的师傅 / 跟我们店没关系. */
const DISOWNED_ZH: Markers = {
  alone:
    /(?:不是|唔系|并不是|又不是|并非)(?:我|咱|本店|店里|门店)[^,.!?;:]{0,6}?(?:的|嘅)\p{Script=Han}{0,3}(?=[,.!;:啦喔呀啊嘛]|$)|(?:跟|和|同|与)(?:我们|我哋|本店|店里|门店)\p{Script=Han}{0,2}(?:没|冇|无)(?:有)?(?:什么|啥|咩)?(?:关系|干系)/u,
};

/** The first sentence of folded text `t` explaining the fault away by `markers`, as a range. */
function excuseZh(
  t: string,
  runOn: ReadonlySet<number>,
  markers: Markers,
): [number, number] | undefined {
  const acknowledged = ACKNOWLEDGED.test(t);
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    if (/[?？]|吗/u.test(sentence)) continue;
    const m = markers.alone.exec(sentence) ?? framedAt(sentence, markers.framed, acknowledged);
    if (!m) continue;
    const clauseStart = sentence.slice(0, m.index).search(/[^,;:]*$/u);
    if (CONDITION.test(sentence.slice(clauseStart, m.index))) continue;
    const end = s + m.index + m[0].length;
    if (AGENT_ACTS.test(t.slice(end))) continue;
    // The excuse's own clause: the acknowledgement beside it is the restatement's feeling.
    const close = t.slice(end, e).search(/[,;:]/u);
    return [s + clauseStart, close < 0 ? e : end + close];
  }
  return undefined;
}

/** `framed` in a clause a contrast opens, in a reply that acknowledges; not with us as its subject. */
function framedAt(
  sentence: string,
  framed: RegExp | undefined,
  acknowledged: boolean,
): RegExpExecArray | null {
  const c = acknowledged && framed ? CONTRAST.exec(sentence) : null;
  if (!c || !framed) return null;
  const from = c.index + c[0].length;
  // The clause the contrast opens: a later one may restate the customer's own words.
  const side = sentence.slice(from).split(/[,;:]/u)[0] ?? '';
  if (/^(?:我|咱)/u.test(side)) return null;
  const m = framed.exec(side);
  if (m) m.index += from;
  return m;
}

/** The list entries that word the flags. */
export const NORMALISED_ENTRY_ZH = 'g-precedent';
export const DISOWNED_ENTRY_ZH = 'not-my-job';

export const normalisedFaultZh = (t: string, _list: PhraseList, runOn: ReadonlySet<number>) =>
  excuseZh(t, runOn, NORMALISED_ZH);
export const disownedFaultZh = (t: string, _list: PhraseList, runOn: ReadonlySet<number>) =>
  excuseZh(t, runOn, DISOWNED_ZH);
