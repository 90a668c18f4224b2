import type { Lang } from '../../drills/schema.js';
import { type Bilingual, pick } from './common.js';

/** The human output of `cs-drill check` and `cs-drill classify` (their --json stays as it is). */
export interface CheckText {
  reply(n: number): string;
  found(n: number): string;
  nothingFound: string;
  unknownLang(lang: string): string;
  useOneOf(list: string): string;
  argsOrFile: string;
  nothingToCheck: string;
  nothingToCheckHint: string;
  cannotRead(file: string, code: string): string;
  questionsArgsOrFile: string;
  noQuestion: string;
  noQuestionHint: string;
  noSuchFile(file: string): string;
}

export const checkText: Bilingual<CheckText> = {
  en: {
    reply: (n) => `reply ${n}`,
    found: (n) => `${n} problem${n === 1 ? '' : 's'} found.`,
    nothingFound: 'No forbidden phrases found.',
    unknownLang: (l) => `unknown language "${l}"`,
    useOneOf: (list) => `use one of ${list}`,
    argsOrFile: 'give replies as arguments or with --file, not both',
    nothingToCheck: 'nothing to check',
    nothingToCheckHint: 'give a reply in quotes, --file <path>, or pipe text into cs-drill check',
    cannotRead: (f, c) => `cannot read ${f}: ${c}`,
    questionsArgsOrFile: 'give questions as arguments or with --file, not both',
    noQuestion: 'no question to classify',
    noQuestionHint:
      'give one as an argument, use --file <path>, or pipe questions on stdin, one per line',
    noSuchFile: (f) => `no such file: ${f}`,
  },
  zh: {
    reply: (n) => `第 ${n} 条回复`,
    found: (n) => `发现 ${n} 个问题。`,
    nothingFound: '没有发现禁用语。',
    unknownLang: (l) => `不认识的语言“${l}”`,
    useOneOf: (list) => `请用 ${list} 之一`,
    argsOrFile: '回复请用参数或 --file 给出，不要两者都用',
    nothingToCheck: '没有要检查的内容',
    nothingToCheckHint:
      '请用引号给出一条回复、用 --file <路径>，或把文字通过管道传给 cs-drill check',
    cannotRead: (f, c) => `无法读取 ${f}：${c}`,
    questionsArgsOrFile: '问题请用参数或 --file 给出，不要两者都用',
    noQuestion: '没有要判断的问题',
    noQuestionHint: '请用参数给出一个问题、用 --file <路径>，或从标准输入每行传入一个问题',
    noSuchFile: (f) => `没有这个文件：${f}`,
  },
};

export function checkTextFor(lang: Lang): CheckText {
  return pick(checkText, lang);
}
