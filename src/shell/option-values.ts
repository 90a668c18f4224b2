// What the command line accepts as an option's value: Commander's parsers in cli.ts, and the
// direct `start` (start-args.ts), which leaves anything else to them.

export const isPositiveInt = (n: number): boolean => Number.isInteger(n) && n >= 1;
export const isSeed = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xffff_ffff;
export const LANG_VALUES: readonly string[] = ['en', 'zh', 'zh-Hans', 'zh-Hant'];
export const FEEDBACK_VALUES = ['turn', 'end'] as const;
