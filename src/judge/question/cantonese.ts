/**
 * Written Cantonese read as Mandarin, so the Chinese rules apply to it: 边度唔舒服 is 哪里不舒服,
 * 有咩可以帮到你 is 有什么可以帮到你. Grammar words only (wh-words, negation, yes/no forms, the
 * copula, 仲 "still"), in the Simplified form the normaliser gives; longer forms first.
 */
const CANTONESE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/系唔系|系咪/g, '是不是'],
  [/可唔可以/g, '可不可以'],
  [/有冇/g, '有没有'],
  [/乜嘢|咩嘢|乜|咩|甚么/g, '什么'],
  [/边度|边处/g, '哪里'],
  [/边啲/g, '哪些'],
  [/边个/g, '哪个'],
  [/点样/g, '怎样'],
  [/点解|做咩/g, '为什么'],
  [/几时/g, '什么时候'],
  [/几多/g, '多少'],
  [/讲吓|讲下/g, '讲讲'],
  [/倾吓|倾下/g, '聊聊'],
  [/呢(?=[个几啲度])/g, '这'],
  [/冇/g, '没有'],
  [/唔/g, '不'],
  [/仲(?!裁)/g, '还'],
  [/系(?=什么|哪|多少|不|怎)/g, '是'],
];

/** Characters only written Cantonese uses: where one occurs, the sentence is read as Cantonese. */
const CANTONESE = /[唔咩冇嘅啲喺佢乜咗嚟哋睇俾]|边度|系咪|甚么|点样|点解|几时|几多/;

export function asMandarin(s: string): string {
  if (!CANTONESE.test(s)) return s;
  return CANTONESE_WORDS.reduce((t, [re, to]) => t.replace(re, to), s);
}
