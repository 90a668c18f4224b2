export interface Style {
  (text: string): string;
  bold: Style;
  dim: Style;
  underline: Style;
  red: Style;
  green: Style;
  yellow: Style;
  cyan: Style;
}

const NAMES = ['bold', 'dim', 'underline', 'red', 'green', 'yellow', 'cyan'] as const;

/** Plain text: chainable like chalk, but every style is the identity. */
function plainStyle(): Style {
  const style = ((text: string) => text) as Style;
  for (const name of NAMES) Object.defineProperty(style, name, { get: () => style });
  return style;
}

/**
 * The one place chalk is configured. Colour was decided once for the run (color-choice.ts);
 * without it chalk is not even loaded, which keeps piped and scripted runs fast.
 */
export async function createStyle(color: boolean): Promise<Style> {
  if (!color) return plainStyle();
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 2 }) as unknown as Style;
}
