import { Chalk, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

/** The one place chalk is configured: colour was decided once for the run (see color-choice.ts). */
export function createStyle(color: boolean): Style {
  return new Chalk({ level: color ? 2 : 0 });
}
