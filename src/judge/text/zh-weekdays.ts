/**
 * Chinese weekdays in normalised (Simplified) text: 周六, 星期天, 礼拜3, and the days a list adds
 * without repeating the word for week (周二、五 = 周二和周五; 星期一、三和五). A numeral that
 * counts something (两周3次, 每周20箱, 周二,五箱) is no day.
 */

const DAY: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};

/**
 * A day written in digits is no count when neither a digit nor a measure word follows it (周3下午,
 * not 两周3次); a numeral still written in characters was left so by the numeral rewriter, which
 * turns the counts before a measure word into digits (周六3点 keeps its 六). Where no count or 每
 * stands before the week (下星期六個烘焙班, 星期三個安裝; not 一個星期六個鐘), Cantonese 個 links the
 * day to its noun: the day, not a count.
 */
const WEEKDAY =
  /(?:周|星期|礼拜)(?:([一二三四五六日天])|([1-7])(?![\d.:]|[次个天周月年小分秒号箱件位名张台块元岁点])|(?<=(?:^|[^\d一二两三四五六七八九十几每个])(?:[下上这今本呢嗰]个)?(?:星期|礼拜))([1-7])(?=个(?![\d小钟月星礼人位名分])))/g;
/** A further day of a list: a separator and a bare day numeral (,五 / 和五 / 跟周五 is read above). */
const MORE = /^(?:,|和|同|跟|与|及|或)([一二三四五六日天])(?![一二三四五六七八九十百千万两])/;

export interface WeekdayMention {
  day: number;
  start: number;
  end: number;
}

/** Every weekday said in the normalised text, list members included, in order. */
export function chineseWeekdays(text: string): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  for (let m = WEEKDAY.exec(text); m !== null; m = WEEKDAY.exec(text)) {
    out.push({
      day: DAY[(m[1] ?? m[2] ?? m[3]) as string] as number,
      start: m.index,
      end: m.index + m[0].length,
    });
    let at = m.index + m[0].length;
    for (let more = MORE.exec(text.slice(at)); more; more = MORE.exec(text.slice(at))) {
      const end = at + more[0].length;
      out.push({ day: DAY[more[1] as string] as number, start: end - 1, end });
      at = end;
    }
  }
  return out;
}
