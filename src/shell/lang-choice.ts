import type { Lang } from '../drills/schema.js';

/** Language from --lang, then CS_DRILL_LANG, then the locale (LC_ALL > LC_MESSAGES > LANG), then English. */
export function chooseLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  const candidates = [flag, env.CS_DRILL_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const c of candidates) {
    const lang = parseLang(c);
    if (lang) return lang;
  }
  return 'en';
}

/** "zh", "zh-Hans", "zh_CN.UTF-8", "zh_TW" → zh-Hans (content is written in Simplified); "en_GB" → en. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('zh')) return 'zh-Hans';
  if (v.startsWith('en')) return 'en';
  return undefined;
}

/**
 * The value of a `--lang` anywhere on the command line (`--lang zh` or `--lang=zh`), read
 * before Commander parses it so that even usage errors are worded in that language.
 */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/** The content language of a command: its own --lang when it has one, else the interface language. */
export function contentLang(flag: string | undefined, interfaceLang: Lang): Lang {
  return parseLang(flag) ?? interfaceLang;
}
