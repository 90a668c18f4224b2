import type { PhraseList } from './compile.js';

/**
 * Japanese policy shield by structure (folded text, katakana as hiragana): a written rule cited as
 * the ground of the answer — the rule as the means or source (規約で / 方針で / 規定により / 規約上)
 * or as where the answer is written (契約書の第五条に書いてあります) — and after it only a refusal
 * (返品不可です, お返しできません), a fee upheld (出動料はいただきます, 出張費は全額ご負担となります) or the customer told to read or accept it (お読みください, ご了承
 * ください), with nothing the agent can do. The rule as information for everyone (規約では三十日以内
 * なら返品できます) or with an alternative after it (…いたしかねますが、クーポンをお出しできます) is no
 * shield.
 */
const CITED =
  /(?:規約|約款|契約書|規定|規則|方針|決まり|るーる|会則|ぽりしー)(?:の[^,.!?]{0,8})?(?:(?:に|には)(?:そう)?(?:書いて|明記|記載)|で(?!は|す)|により|によって|上,)/u;
const SHUT =
  /(?:料|費|代|金)(?:は|を)?[^,.!?]{0,4}?(?:いただきます|いただいております|いただいています|いただくことに|頂戴(?:します|いたします|しております)|ご負担(?:と|に)なります|(?:ご負担|お支払い)いただきます)|不可|できません|できない|かねます|しておりません|していません|しません|ございません|ありません|お読みください|ご確認ください|ご了承ください|何とも/u;
/** What the agent can still do: an alternative, a possibility, the agent's own act. */
export const WAY_FORWARD_JA =
  /代わりに|できます|可能です|いたします|承ります|お受けします|ご案内|ご用意|お出し|手配|お調べ|確認いたし|(?:お|ご)[^,.!?]{1,6}します/u;

/** The list entry that words the flag. */
export const RULE_CITED_ENTRY_JA = 'policy';

/** The first rule cited as the whole answer in folded Japanese text `t`, as a range. */
export function ruleCitedJa(
  t: string,
  _list: PhraseList,
  _runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const m = CITED.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m.index);
  return SHUT.test(rest) && !WAY_FORWARD_JA.test(rest)
    ? [m.index, m.index + m[0].length]
    : undefined;
}
