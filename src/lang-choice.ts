import type { Lang } from './drills/schema.js';

/** Language from --lang, then CS_DRILL_LANG, then the locale (LC_ALL > LC_MESSAGES > LANG), then English. */
export function chooseLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
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
