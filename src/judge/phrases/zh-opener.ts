/**
 * A Chinese reply's opening courtesy, on the folded text (您好, / 你好呀～ / 唔该晒, / 张先生您好, /
 * 周先生, / 感谢您的耐心等待!): the 你 of 你好 is nobody's act, so read as the reply's subject it made
 * a bare order or a dead end after it the customer's own; and its n-grams stand before clean and
 * loaded replies alike. Each opener must be closed by a mark (亲自 is no greeting).
 */
/** A name with its title (张先生): closed by a mark, it addresses the customer, alone or greeted. */
const NAMED = '\\p{Script=Han}{1,4}(?:先生|小姐|女士|老师|师傅)';

const OPENER = (words: string) =>
  new RegExp(`^\\s*(?:(?:${NAMED}(?:${words})?|${words})[呀啊哦喔哈]*[~～!,.。]+\\s*)+`, 'u');

const GREETING =
  '你好|哈啰|哈喽|哈罗|嗨|唔该晒|多谢晒|感谢你的耐心等待|感谢你的等待|感谢等候|谢谢你的耐心等待|谢谢等候';

/** Greetings only: 亲, (Taobao's "dear") stays, as it softens a request (亲，把单号发过来). */
const GREETING_OPENER = OPENER(GREETING);

/** Greetings and 亲 / 亲爱的: what the reply model reads past. */
const ANY_OPENER = OPENER(`${GREETING}|亲爱的|亲`);

const blank = (t: string, re: RegExp) => t.replace(re, (o) => ' '.repeat(o.length));

/** Folded Chinese text with its opening greeting blanked to spaces (offsets stay put). */
export const blankGreetingZh = (t: string): string => blank(t, GREETING_OPENER);

/** As blankGreetingZh, and an opening 亲 too: the reply model's reading. */
export const blankOpenerZh = (t: string): string => blank(t, ANY_OPENER);
