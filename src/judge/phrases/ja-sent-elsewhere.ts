import type { PhraseList } from './compile.js';

/**
 * Japanese: the customer sent to someone else by a request form, with no handover — "店長に直接
 * お話しください", "上の者とお話しください", "そちらのお店に直接どうぞ", "別の会社なので、そっちに聞いて
 * ください", "店長に直接掛け合ってください", "所長に直接かけ合ってみてください" (a try asked of them is still
 * the request), "ほかを当たってください". The request is read by its form (お/ご +
 * stem + (なさって)ください,
 * the て-form of a verb of addressing + ください, or a bare どうぞ after "直接") rather than one verb at
 * a time; the party is the boss, or an outside
 * business, "there" (そちら/先方) or "elsewhere" (ほか/よそ). The agent handing over (おつなぎします, 私から, 折り返し) makes it a
 * transfer. Folded text: 、 is ',' and 。 is '.'.
 */
const BOSS =
  '(?:店長|責任者|上司|上の者|本社|本部|社長|マネージャー|支配人|部長|課長|支店長|所長|会長|理事長|院長|校長)';
const PARTY =
  '(?:[^,.!?\\s]{0,10}(?:会社|業者|お店|店舗|メーカー|部署|窓口|事務所)|そちら|そっち|あちら|あっち|先方|ほか|他|よそ)';
const ASKED =
  '(?:を(?:お当たりください|当たってください|当たって下さい)|(?:の方)?(?:に|と|へ)(?:直接|じかに)?(?:(?:お|ご)(?:話し|聞き|問い合わせ|相談|連絡|電話)(?:なさって)?(?:ください|下さい)|(?:話して|聞いて|問い合わせて|相談して|連絡して|電話して|言って|掛け合って|かけ合って|掛けあって|かけあって|交渉して|申し出て|頼んで)(?:みて)?(?:ください|下さい|もらえ)|(?<=直接|じかに)どうぞ))';
/**
 * The customer told to come or call again at a time set by the superior's presence (店長がいるときに
 * 改めてお越しください / 責任者が出勤している日にお電話ください): sent away to find the boss themselves.
 */
const WHEN_IN =
  '(?:が|の)[^,.!?]{0,8}?(?:いる|居る|おる|在席|出勤|戻)[^,.!?]{0,8}?(?:時|とき|日|際|頃|ころ)(?:に|にでも)?,?[^,.!?]{0,8}?(?:お越し|いらして|来て|ご来店|お電話|おかけ直し|かけ直して|お問い合わせ)(?:ください|下さい)';
const TO_BOSS = new RegExp(`${BOSS}(?:${ASKED}|${WHEN_IN})`, 'u');
const TO_PARTY = new RegExp(PARTY + ASKED, 'u');

/** The agent taking it on: a transfer, a message passed, a call back. */
const HANDOVER =
  /おつなぎ|お繋ぎ|つなぎます|繋ぎます|代わります|私から|こちらから|私の方から|お伝えし|伝えておき|折り返し|お呼びし/u;

/** The list entries that word the flag: sent to the boss, or to another party. */
export const TO_BOSS_ENTRY_JA = 'g-to-boss-ja';
export const TO_PARTY_ENTRY_JA = 'g-ask-third-ja';

function sentBy(
  re: RegExp,
): (t: string, list: PhraseList, runOn: ReadonlySet<number>) => [number, number] | undefined {
  return (t) => {
    const m = re.exec(t);
    if (!m || HANDOVER.test(t)) return undefined;
    return [m.index, m.index + m[0].length];
  };
}

/** The customer sent to the boss by a request form, as a range of folded text. */
export const sentToBossJa = sentBy(TO_BOSS);

/** The customer sent to another party by a request form, as a range of folded text. */
export const sentToPartyJa = sentBy(TO_PARTY);
