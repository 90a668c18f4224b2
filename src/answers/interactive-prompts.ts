import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isUpKey,
  makeTheme,
  type Theme,
  useEffect,
  useKeypress,
  usePrefix,
  useRef,
  useState,
} from '@inquirer/core';
import type { PartialDeep } from '@inquirer/type';
import { layoutTyped } from '../render/typed-layout.js';
import { wrap } from '../render/width.js';

type KeysTip = (keys: [string, string][]) => string;
type PromptTheme = PartialDeep<Theme<{ style: { keysHelpTip: KeysTip } }>>;

export interface ScaleConfig {
  message: string;
  /** The points of the scale in the order shown; `name` starts with the number. */
  choices: { value: number; name: string }[];
  theme?: PromptTheme;
  /** The key hint for the number keys, e.g. "1-5 choose". */
  numberHint: [string, string];
}

/**
 * Digits typed so far and the choice they name: "1" then "0" reaches 10 on a 1–10 scale; a
 * digit that continues no value starts a new number. The value pressed is the value chosen,
 * whatever the order of the list (Inquirer's select takes a digit as a position).
 */
export function typedValue(
  typed: string,
  digit: string,
  values: readonly number[],
): { typed: string; index: number } {
  const startsSome = (t: string) => values.some((v) => String(v).startsWith(t));
  const next = startsSome(typed + digit) ? typed + digit : startsSome(digit) ? digit : '';
  return { typed: next, index: values.indexOf(Number(next === '' ? Number.NaN : next)) };
}

/** A self-rating: arrows move, a number key picks the point with that number, Enter confirms. */
export const scalePrompt = createPrompt<number, ScaleConfig>((config, done) => {
  const keysHelpTip: KeysTip = (keys) => keys.map((k) => k.join(' ')).join(' • ');
  const theme = makeTheme<{ style: { keysHelpTip: KeysTip } }>(
    { style: { keysHelpTip } },
    config.theme,
  );
  const { choices } = config;
  const values = choices.map((c) => c.value);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [active, setActive] = useState(0);
  const [typed, setTyped] = useState('');
  const prefix = usePrefix({ status, theme });
  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(values[active]!);
      return;
    }
    rl.clearLine(0);
    if (isUpKey(key) || isDownKey(key)) {
      const step = isUpKey(key) ? -1 : 1;
      setActive((active + step + choices.length) % choices.length);
      setTyped('');
    } else if (/^[0-9]$/.test(key.name)) {
      const next = typedValue(typed, key.name, values);
      setTyped(next.typed);
      if (next.index >= 0) setActive(next.index);
    }
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done')
    return `${prefix} ${message} ${theme.style.answer(String(values[active]))}`;
  const lines = choices.map((c, i) =>
    i === active ? theme.style.highlight(`❯ ${c.name}`) : `  ${c.name}`,
  );
  const tip = theme.style.keysHelpTip([['↑↓', 'navigate'], config.numberHint, ['⏎', 'select']]);
  return [`${prefix} ${message}`, ...lines, ' ', tip].join('\n');
});

export interface PauseConfig {
  message: string;
  theme?: PromptTheme;
}

/** "Press any key to continue": the feedback stays on screen until the trainee has read it. */
export const pausePrompt = createPrompt<void, PauseConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  useKeypress((_key, rl) => {
    rl.clearLine(0);
    setStatus('done');
    done();
  });
  return status === 'done' ? '' : theme.style.help(config.message);
});

export interface TextConfig {
  /** The question, wrapped to the width already. */
  message: string;
  /** Columns for the prompt's lines (the terminal's width less one). */
  width: number;
  theme?: PromptTheme;
  /** True, or what is wrong with the answer (shown under it; the answer stays to be edited). */
  validate: (value: string) => true | string;
  /** The answer as it stays on screen once given (after the question). */
  echo: (value: string) => string;
}

const INDENT = '  ';

/**
 * A free-text answer typed on lines of its own under the question, wrapped between words
 * (between characters in Chinese) as it grows. Inquirer's input prompt lets the terminal
 * break the line mid-word. Readline keeps the text and its cursor (every editing key works as
 * in any prompt); this prompt draws them, and tells Inquirer's screen where the cursor is on
 * its own lines (getCursorPos, which the screen asks after each change) instead of readline's
 * single long line.
 */
export const textPrompt = createPrompt<string, TextConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [cursor, setCursor] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  // Rows from the last line up to the cursor, and its column: read by the screen after each render.
  const cursorPos = useRef({ rows: 0, cols: INDENT.length });
  useEffect((rl) => {
    rl.getCursorPos = () => cursorPos.current;
  }, []);
  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const valid = config.validate(value);
      if (valid === true) {
        setStatus('done');
        done(value);
        return;
      }
      // Enter emptied readline's line: give the answer back to be edited.
      rl.write(value);
      setCursor(value.length);
      setError(valid);
      return;
    }
    setValue(rl.line);
    setCursor((rl as unknown as { cursor: number }).cursor);
    setError(undefined);
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${config.echo(value)}`;
  const typed = layoutTyped(value, cursor, config.width - INDENT.length);
  const below = error ? wrap(theme.style.error(error), config.width).split('\n') : [];
  const lines = [`${prefix} ${message}`, ...typed.lines.map((l) => `${INDENT}${l}`), ...below];
  // The screen moves up by -rows from the last line (see ScreenManager.render).
  cursorPos.current = {
    rows: -(typed.lines.length - 1 - typed.row + below.length),
    cols: INDENT.length + typed.col,
  };
  return lines.join('\n');
});
