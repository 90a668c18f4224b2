/**
 * Days of the year said by their name ("on Halloween", "by Christmas Eve", 国庆那天, 五二零那天):
 * the date they are every year, read as that date. Only days fixed in the solar calendar (a
 * lunar festival, 除夕 or 七夕, falls on another date each year), and only where the name is said
 * as a day: after a word of when in English ("until Halloween"; "a Halloween costume" names no
 * day), before a word for that day or a part of it in Chinese (情人节晚上; 情人节套餐 names no day).
 */

import { parseChineseNumeral } from './numerals.js';
import type { ValueMention } from './value-mentions.js';

/** [month, day] of each English name, keyed by the name in lower case without its apostrophes. */
const EN_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  'new years day': [1, 1],
  'valentines day': [2, 14],
  'st patricks day': [3, 17],
  'april fools day': [4, 1],
  'may day': [5, 1],
  halloween: [10, 31],
  'bonfire night': [11, 5],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  'boxing day': [12, 26],
  'new years eve': [12, 31],
  hogmanay: [12, 31],
};
/** A name as said: its apostrophe written or not ("Valentine's Day", "New Years Eve"). */
const EN_NAME = Object.keys(EN_DAYS)
  .map((k) => k.replace(/s (day|eve)$/, "['’]?s $1").replace(/ /g, '\\s+'))
  .join('|');
/** A word of when before the name: "on", "by", "until", "the night of". */
const EN_SAID = new RegExp(
  `\\b(?:on|by|until|till|before|after|since|from|over|of|for|at)\\s+(?:the\\s+)?(${EN_NAME})\\b`,
  'gi',
);

/** [month, day] of each Chinese name (either script). */
const ZH_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  元旦: [1, 1],
  情人节: [2, 14],
  情人節: [2, 14],
  愚人节: [4, 1],
  愚人節: [4, 1],
  劳动节: [5, 1],
  勞動節: [5, 1],
  五一: [5, 1],
  五二零: [5, 20],
  '520': [5, 20],
  儿童节: [6, 1],
  兒童節: [6, 1],
  教师节: [9, 10],
  教師節: [9, 10],
  国庆: [10, 1],
  國慶: [10, 1],
  万圣节: [10, 31],
  萬聖節: [10, 31],
  双十一: [11, 11],
  雙十一: [11, 11],
  光棍节: [11, 11],
  光棍節: [11, 11],
  双十二: [12, 12],
  雙十二: [12, 12],
  平安夜: [12, 24],
  圣诞: [12, 25],
  聖誕: [12, 25],
};
/** What says the name is a day: a word for that day, or a part of it (国庆那天, 情人节晚上, 五二零当天). */
const ZH_DAY_AFTER =
  '(?:节|節)?(?:那天|那日|当天|當天|当日|當日|这天|這天|那一天|那晚|当晚|當晚|晚上|早上|上午|中午|下午|夜里|夜裡|嗰日|嗰晚|朝早)';
const ZH_SAID = new RegExp(
  `(?<![0-9０-９])(${Object.keys(ZH_DAYS).join('|')})(?=${ZH_DAY_AFTER})`,
  'g',
);

/** The named days of an English text, each as its day of the month and its month. */
export function englishNamedDays(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  for (const m of text.matchAll(EN_SAID)) {
    const name = m[1] as string;
    const day = EN_DAYS[name.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ')];
    if (!day) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    const end = start + name.length;
    out.push({ type: 'date', unit: 'dom', value: String(day[1]), start, end });
    out.push({ type: 'date', unit: 'month', value: String(day[0]), start, end });
  }
  return out;
}

/** The named days of a Chinese text, each as its month and day (10-1). */
export function chineseNamedDays(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  for (const m of text.matchAll(ZH_SAID)) {
    const day = ZH_DAYS[m[1] as string];
    if (!day) continue;
    const start = m.index ?? 0;
    out.push({
      type: 'date',
      unit: 'dom',
      value: `${day[0]}-${day[1]}`,
      start,
      end: start + m[0].length,
    });
  }
  return out;
}

/** The year an anniversary named by its gift marks ("ruby wedding", 金婚). */
const EN_GIFTS: Readonly<Record<string, number>> = {
  paper: 1,
  tin: 10,
  crystal: 15,
  china: 20,
  silver: 25,
  pearl: 30,
  coral: 35,
  ruby: 40,
  sapphire: 45,
  golden: 50,
  gold: 50,
  emerald: 55,
  diamond: 60,
};
const EN_GIFT_SAID = new RegExp(
  `\\b(${Object.keys(EN_GIFTS).join('|')})\\s+(?:wedding\\s+)?(?:anniversary|wedding)\\b`,
  'gi',
);
const ZH_GIFTS: Readonly<Record<string, number>> = {
  锡婚: 10,
  錫婚: 10,
  水晶婚: 15,
  瓷婚: 20,
  银婚: 25,
  銀婚: 25,
  珍珠婚: 30,
  红宝石婚: 40,
  紅寶石婚: 40,
  金婚: 50,
  钻石婚: 60,
  鑽石婚: 60,
};
const ZH_GIFT_SAID = new RegExp(Object.keys(ZH_GIFTS).join('|'), 'g');
/** 五十周年, 50週年: the year an anniversary marks (not fifty weeks). */
const ZH_YEARS_SAID = /([0-9]+|[一二两兩三四五六七八九十百]+)\s*[周週]年/g;
/**
 * Anniversaries as the year they mark, whatever they are said by: the year (五十周年), the gift
 * ("ruby wedding", 金婚) or the ordinal of a wedding anniversary ("40th wedding anniversary"),
 * in place of what was read inside them (五十周 is no length of weeks).
 */
export function anniversaries(text: string, zh: boolean, out: ValueMention[]): void {
  const found: ValueMention[] = [];
  const add = (years: number | null | undefined, start: number, end: number) => {
    if (years)
      found.push({ type: 'number', unit: 'ordinal anniversary', value: String(years), start, end });
  };
  if (zh) {
    for (const m of text.matchAll(ZH_GIFT_SAID))
      add(ZH_GIFTS[m[0]], m.index ?? 0, (m.index ?? 0) + m[0].length);
    for (const m of text.matchAll(ZH_YEARS_SAID))
      add(
        /^[0-9]+$/.test(m[1] as string) ? Number(m[1]) : parseChineseNumeral(m[1] as string),
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
      );
  } else {
    for (const m of text.matchAll(EN_GIFT_SAID))
      add(EN_GIFTS[(m[1] as string).toLowerCase()], m.index ?? 0, (m.index ?? 0) + m[0].length);
    for (const v of out) {
      const after = /^\s+anniversary\b/i.exec(text.slice(v.end));
      if (v.unit === 'ordinal wedding' && after)
        add(Number(v.value), v.start, v.end + after[0].length);
    }
  }
  for (const a of found)
    for (let i = out.length - 1; i >= 0; i--) {
      const v = out[i] as ValueMention;
      if (v.start < a.end && a.start < v.end) out.splice(i, 1);
    }
  out.push(...found);
}
