import { checkbox, confirm, select } from '@inquirer/prompts';
import type { Item } from '../drills/schema.js';
import { renderFeedback } from '../render/feedback.js';
import { renderItemIntro, unquoted } from '../render/item-text.js';
import type { Messages } from '../render/messages.js';
import { renderCustomerLine, renderTurnFeedback } from '../render/roleplay-debrief.js';
import { sanitize } from '../render/sanitize.js';
import type { Style } from '../render/style.js';
import { displayWidth, wrap } from '../render/width.js';
import type { Answer } from '../session/answer.js';
import type { ItemResult } from '../session/item-result.js';
import { type AnswerSource, SessionInterrupted, type Talk } from '../session/run-session.js';
import { shuffled } from '../session/select-items.js';
import type { InStream, OutStream } from '../shell/context.js';
import { pausePrompt, scalePrompt, textPrompt } from './interactive-prompts.js';

export interface InteractiveOptions {
  input: InStream;
  output: OutStream;
  msg: Messages;
  style: Style;
  /** Seeds the order in which options and steps are shown (a new order each attempt). */
  seed: number;
  /** After each item's feedback, wait for a key so it can be read (`--fast` turns it off). */
  pause?: boolean;
  /** Colour in the prompts (default on; inquirer alone would ignore --no-color). */
  color?: boolean;
  /** Role-plays: feedback after every reply, or (the default) only in the debrief at the end. */
  feedback?: 'turn' | 'end';
  /** Aborting it (SIGTERM) ends the current prompt and the session, as Ctrl-C does. */
  signal?: AbortSignal;
  /** Called once, when the first prompt is on screen: work that can wait until then starts here. */
  shown?: () => void;
}

const plain = (text: string) => text;
const columns = (out: OutStream) => Math.max(20, (out.columns ?? 80) - 1);
const rows = (out: OutStream) => (out as { rows?: number }).rows ?? 24;

/**
 * Inquirer breaks lines at the terminal's edge, inside words: text is wrapped first, between
 * words (between characters in Chinese), and continuation lines are indented under the text.
 */
export function wrapIndented(text: string, width: number, indent: number): string {
  return wrap(text, width - indent).replaceAll('\n', `\n${' '.repeat(indent)}`);
}

/**
 * The answer echoed after an answered prompt ("· message answer"): on the message's last line
 * when it fits, otherwise on lines of its own, wrapped.
 */
export function echoAfter(message: string, answer: string, width: number): string {
  const lines = message.split('\n');
  const used = displayWidth(lines.at(-1) ?? '') + (lines.length === 1 ? 2 : 0) + 1;
  if (!answer.includes('\n') && used + displayWidth(answer) <= width) return answer;
  return `\n  ${wrapIndented(answer, width, 2)}`;
}

/**
 * Inquirer's look, adjusted: a neutral mark on answered prompts (its green ✔ would read as
 * "correct"), key hints in the trainee's language, and no colour when colour is off.
 */
function promptTheme(msg: Messages, color: boolean) {
  const keysHelpTip = (keys: [string, string][]) =>
    keys
      .map(([key, action]) => `${msg.keyName[key] ?? key} ${msg.keyAction[action] ?? action}`)
      .join(' • ');
  return {
    prefix: { idle: '?', done: '·' },
    style: color
      ? { keysHelpTip }
      : {
          keysHelpTip,
          answer: plain,
          message: plain,
          error: plain,
          help: plain,
          highlight: plain,
          key: plain,
          description: plain,
          disabled: plain,
          defaultAnswer: plain,
        },
  };
}

/** A yes/no question at the terminal (Enter: yes); 'stop' when the trainee pressed Ctrl-C. */
export async function askYesNo(
  opts: Pick<InteractiveOptions, 'input' | 'output' | 'msg' | 'color' | 'signal'>,
  message: string,
): Promise<boolean | 'stop'> {
  try {
    return await confirm(
      {
        // Room on the last line for Inquirer's " (Y/n)".
        message: wrap(sanitize(message), columns(opts.output) - 8),
        default: true,
        theme: promptTheme(opts.msg, opts.color ?? true),
      },
      {
        input: opts.input,
        output: opts.output,
        clearPromptOnDone: false,
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
    );
  } catch (error) {
    if (error instanceof Error && /^(Exit|Abort)PromptError$/.test(error.name)) return 'stop';
    throw error;
  }
}

/** Answers typed at the terminal through Inquirer prompts: the only module that imports them. */
export function interactiveSource(opts: InteractiveOptions): AnswerSource {
  const context = {
    input: opts.input,
    output: opts.output,
    clearPromptOnDone: false,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const theme = promptTheme(opts.msg, opts.color ?? true);
  let shown = opts.shown;
  const ask = async <T>(prompt: Promise<T>): Promise<T> => {
    // Inquirer draws a prompt at a terminal on the next setImmediate (elsewhere at once): a
    // callback queued after the prompt was created runs once it is on screen.
    if (shown) setImmediate(shown);
    shown = undefined;
    try {
      return await prompt;
    } catch (error) {
      // EIO: the terminal went away (closed window, dropped SSH): stop like Ctrl-C, keep the answers.
      if (
        error instanceof Error &&
        (error.name === 'ExitPromptError' ||
          error.name === 'AbortPromptError' ||
          (error as NodeJS.ErrnoException).code === 'EIO')
      )
        throw new SessionInterrupted();
      throw error;
    }
  };
  // The prompt's "? " prefix takes two columns, a select's "❯ " two, a checkbox's "❯◯ " three.
  const wrapped = (s: string) => wrap(sanitize(s), columns(opts.output) - 2);
  const choice = <V>(value: V, text: string, message: string, indent = 2) => ({
    value,
    name: wrapIndented(sanitize(text), columns(opts.output), indent),
    short: echoAfter(message, sanitize(text), columns(opts.output)),
  });
  /** As many lines as the screen has room for; a list longer than that says so in its message. */
  const fitList = (message: string, names: string[]) => {
    const lines = names.reduce((n, name) => n + name.split('\n').length, 0);
    const room = Math.max(5, rows(opts.output) - message.split('\n').length - 5);
    if (lines <= room) return { message, pageSize: lines };
    return { message: wrapped(`${message} ${opts.msg.aside(opts.msg.moreBelow)}`), pageSize: room };
  };
  const pick = <V>(message: string, choices: { value: V; name: string; short: string }[]) =>
    ask(
      select(
        {
          ...fitList(
            message,
            choices.map((c) => c.name),
          ),
          theme,
          choices,
        },
        context,
      ),
    );
  /** A free-text answer, wrapped between words as it is typed and echoed after `message`. */
  const typedAnswer = (message: string) =>
    textPrompt(
      {
        message,
        width: columns(opts.output),
        theme,
        validate: (v) => v.trim() !== '' || opts.msg.emptyAnswer,
        echo: (v) => echoAfter(message, sanitize(v), columns(opts.output)),
      },
      context,
    );
  /** The customer's lines as a chat; the trainee types each reply until the conversation ends. */
  const converseAtTerminal = async (talk: Talk | undefined): Promise<string[]> => {
    if (!talk) throw new Error('a role-play is played with its conversation');
    const width = columns(opts.output);
    const replies: string[] = [];
    for (;;) {
      const state = talk(replies);
      const last = state.turns.at(-1);
      if (last && opts.feedback === 'turn')
        opts.output.write(renderTurnFeedback(last, opts.msg, opts.style, width));
      if (state.ending) {
        opts.output.write(renderCustomerLine(state.ending.customer, opts.msg, opts.style, width));
        opts.output.write(`${opts.style.dim(opts.msg.roleplay.ending[state.ending.kind])}\n`);
        return replies;
      }
      const turn = state.pending!;
      opts.output.write(renderCustomerLine(turn.customer, opts.msg, opts.style, width));
      opts.output.write(`${opts.style.dim(wrap(opts.msg.aside(sanitize(turn.task)), width))}\n`);
      replies.push(await ask(typedAnswer(opts.msg.roleplay.you)));
    }
  };
  return {
    async answer(item: Item, position, talk): Promise<Answer> {
      // A new order of options and steps for each item and attempt; the same for the same seed.
      const seed = opts.seed + position.index;
      opts.output.write(
        renderItemIntro(item, position, opts.msg, opts.style, columns(opts.output)),
      );
      const message = wrapped(item.prompt);
      switch (item.kind) {
        case 'choice':
          return pick(
            message,
            shuffled(item.options, seed).map((o) => choice(o.key, o.text, message)),
          );
        case 'multi': {
          const choices = shuffled(item.options, seed).map((o) =>
            choice(o.key, o.text, message, 3),
          );
          // Enter with nothing ticked is asked about once: an empty answer is rarely meant.
          let warned = false;
          const picked = await ask(
            checkbox(
              {
                ...fitList(
                  message,
                  choices.map((c) => c.name),
                ),
                theme: {
                  ...theme,
                  style: {
                    ...theme.style,
                    renderSelectedChoices: (picked: readonly { short: string }[]) =>
                      picked.length <= 1
                        ? (picked[0]?.short ?? '')
                        : `\n${picked.map((c) => `  • ${wrapIndented(c.short.trim(), columns(opts.output), 4)}`).join('\n')}`,
                  },
                },
                choices,
                validate: (ticked) => {
                  if (ticked.length > 0 || warned) return true;
                  warned = true;
                  return opts.msg.nothingSelected;
                },
              },
              context,
            ),
          );
          // Recorded in the set's order of options, whatever order they were shown in.
          return item.options.map((o) => o.key).filter((k) => picked.includes(k));
        }
        case 'order': {
          opts.output.write(`${message}\n`);
          let left = shuffled(item.steps, seed);
          const order: string[] = [];
          while (left.length > 1) {
            const step = opts.msg.orderPick(order.length + 1);
            const key = await pick(
              step,
              left.map((s) => choice(s.key, s.text, step)),
            );
            order.push(key);
            left = left.filter((s) => s.key !== key);
          }
          // The last step goes in by itself; it is echoed like the others, so the whole order shows.
          const last = left[0]!;
          const step = opts.msg.orderPick(order.length + 1);
          opts.output.write(
            `${theme.prefix.done} ${step} ${echoAfter(step, sanitize(last.text), columns(opts.output))}\n`,
          );
          order.push(last.key);
          return order;
        }
        case 'classify': {
          opts.output.write(`${message}\n`);
          const out: string[] = [];
          for (const s of item.statements) {
            const said = wrapped(`“${unquoted(s.text)}”`);
            out.push(
              await pick(
                said,
                item.categories.map((c) => choice(c.key, c.text, said)),
              ),
            );
          }
          return out;
        }
        case 'ask':
        case 'paraphrase':
        case 'rewrite': {
          const label =
            item.kind === 'ask'
              ? item.require === 'open'
                ? opts.msg.askOpen
                : opts.msg.askClosed
              : '';
          const full = label ? wrapped(`${item.prompt} ${opts.msg.aside(label)}`) : message;
          return ask(typedAnswer(full));
        }
        case 'roleplay':
          opts.output.write(`${message}\n`);
          return converseAtTerminal(talk);
        case 'scale': {
          opts.output.write(`${message}\n`);
          const { min, max, min_label, max_label } = item.scale;
          const choices = [];
          for (let v = max; v >= min; v--) {
            const note =
              v === max
                ? ` — ${sanitize(max_label)}`
                : v === min
                  ? ` — ${sanitize(min_label)}`
                  : '';
            choices.push({ value: v, name: wrapIndented(`${v}${note}`, columns(opts.output), 2) });
          }
          const numberHint: [string, string] = [`${min}-${max}`, opts.msg.keyAction.select ?? ''];
          const ratings: number[] = [];
          for (const s of item.statements)
            ratings.push(
              await ask(scalePrompt({ message: wrapped(s), theme, choices, numberHint }, context)),
            );
          return ratings;
        }
      }
    },
    async scored(item: Item, result: ItemResult, position) {
      opts.output.write(renderFeedback(item, result, opts.msg, opts.style, columns(opts.output)));
      // After the last item the summary follows: nothing scrolls the feedback away unread.
      if (opts.pause && position.index < position.total)
        await ask(
          pausePrompt(
            { message: opts.msg.pressToContinue, theme },
            { ...context, clearPromptOnDone: true },
          ),
        );
    },
  };
}
