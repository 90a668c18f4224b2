import type { Lang } from '../../drills/schema.js';
import type { SpeechAct } from '../../judge/phrases/index.js';
import { type Bilingual, pick } from './common.js';

/** The human output of `cs-drill check` and `cs-drill classify` (their --json stays as it is). */
export interface CheckText {
  reply(n: number): string;
  /** Between a label and its text: ": " in English, "：" in Chinese. */
  colon: string;
  /** A remark in brackets: " (…)" in English, "（…）" in Chinese. */
  aside(text: string): string;
  /** A reply (of several) in which nothing was flagged. */
  replyClean: string;
  found(n: number): string;
  nothingFound: string;
  unknownLang(lang: string): string;
  useOneOf(list: string): string;
  argsOrFile: string;
  nothingToCheck: string;
  nothingToCheckHint: string;
  questionsArgsOrFile: string;
  noQuestion: string;
  noQuestionHint: string;
  noSuchFile(file: string): string;
  /** The act a flag found, as a trainer would name it ("refusal — no alternative offered"). */
  act: Record<SpeechAct, string>;
}

export const checkText: Bilingual<CheckText> = {
  en: {
    reply: (n) => `reply ${n}`,
    colon: ': ',
    aside: (t) => ` (${t})`,
    replyClean: 'no forbidden phrases',
    found: (n) => `${n} problem${n === 1 ? '' : 's'} found.`,
    nothingFound: 'No forbidden phrases found.',
    unknownLang: (l) => `unknown language "${l}"`,
    useOneOf: (list) => `use one of ${list}`,
    argsOrFile: 'give replies as arguments or with --file, not both',
    nothingToCheck: 'nothing to check',
    nothingToCheckHint: 'give a reply in quotes, --file <path>, or pipe text into cs-drill check',
    questionsArgsOrFile: 'give questions as arguments or with --file, not both',
    noQuestion: 'no question to classify',
    noQuestionHint:
      'give one as an argument, use --file <path>, or pipe questions on stdin, one per line',
    noSuchFile: (f) => `no such file: ${f}`,
    act: {
      refusal: 'refusal — no alternative offered',
      order: 'order to the customer',
      blame: 'blame',
      doubt: "doubting the customer's account",
      dismissal: 'dismissal / brush-off',
      'false-reaction': 'false reaction — cuts the customer off',
      confrontation: 'confrontation',
      'passing-the-buck': 'passing the buck — no handover',
      'send-to-manager': 'customer sent to a manager',
      'policy-shield': 'policy used as a shield',
      impatience: 'impatience — repetition held against the customer',
      unprofessional: 'unprofessional remark',
    },
  },
  zh: {
    reply: (n) => `第 ${n} 条回复`,
    colon: '：',
    aside: (t) => `（${t}）`,
    replyClean: '没有禁用语',
    found: (n) => `发现 ${n} 个问题。`,
    nothingFound: '没有发现禁用语。',
    unknownLang: (l) => `不认识的语言“${l}”`,
    useOneOf: (list) => `请用 ${list} 之一`,
    argsOrFile: '回复请用参数或 --file 给出，不要两者都用',
    nothingToCheck: '没有要检查的内容',
    nothingToCheckHint:
      '请用引号给出一条回复、用 --file <路径>，或把文字通过管道传给 cs-drill check',
    questionsArgsOrFile: '问题请用参数或 --file 给出，不要两者都用',
    noQuestion: '没有要判断的问题',
    noQuestionHint: '请用参数给出一个问题、用 --file <路径>，或从标准输入每行传入一个问题',
    noSuchFile: (f) => `没有这个文件：${f}`,
    act: {
      refusal: '拒绝——没有给出替代方案',
      order: '对客户下命令',
      blame: '指责客户',
      doubt: '怀疑客户的说法',
      dismissal: '敷衍、打发客户',
      'false-reaction': '虚假回应——打断客户',
      confrontation: '引起对抗',
      'passing-the-buck': '推卸责任——没有转交',
      'send-to-manager': '让客户自己去找经理',
      'policy-shield': '拿规定当挡箭牌',
      impatience: '不耐烦——责怪客户重复',
      unprofessional: '不专业的话',
    },
  },
};

export function checkTextFor(lang: Lang): CheckText {
  return pick(checkText, lang);
}
