import { checkbox, input, select } from '@inquirer/prompts';
import type { Item } from '../drills/schema.js';
import { renderFeedback } from '../render/feedback.js';
import { renderItemIntro } from '../render/item-text.js';
import type { Messages } from '../render/messages.js';
import { renderCustomerLine, renderTurnFeedback } from '../render/roleplay-debrief.js';
import { sanitize } from '../render/sanitize.js';
import type { Style } from '../render/style.js';
import { wrap } from '../render/width.js';
import type { Answer } from '../session/answer.js';
import type { ItemResult } from '../session/item-result.js';
import { type AnswerSource, SessionInterrupted, type Talk } from '../session/run-session.js';
import { shuffled } from '../session/select-items.js';
import type { InStream, OutStream } from '../shell/context.js';

export interface InteractiveOptions {
  input: InStream;
  output: OutStream;
  msg: Messages;
  style: Style;
  /** Seeds the order in which steps of an `order` item are shown. */
  seed: number;
  /** Colour in the prompts (default on; inquirer alone would ignore --no-color). */
  color?: boolean;
  /** Role-plays: feedback after every reply, or (the default) only in the debrief at the end. */
  feedback?: 'turn' | 'end';
  /** Aborting it (SIGTERM) ends the current prompt and the session, as Ctrl-C does. */
  signal?: AbortSignal;
}

const plain = (text: string) => text;
const columns = (out: OutStream) => Math.max(20, (out.columns ?? 80) - 1);

/**
 * Inquirer's look, adjusted: a neutral mark on answered prompts (its green ✔ would read as
 * "correct"), key hints in the trainee's language, and no colour when colour is off.
 */
function promptTheme(msg: Messages, color: boolean) {
  const keysHelpTip = (keys: [string, string][]) =>
    keys.map(([key, action]) => `${key} ${msg.keyAction[action] ?? action}`).join(' • ');
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

/** Answers typed at the terminal through Inquirer prompts: the only module that imports them. */
export function interactiveSource(opts: InteractiveOptions): AnswerSource {
  const context = {
    input: opts.input,
    output: opts.output,
    clearPromptOnDone: false,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const theme = promptTheme(opts.msg, opts.color ?? true);
  const ask = async <T>(prompt: Promise<T>): Promise<T> => {
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
  const text = (s: string) => sanitize(s);
  // Inquirer breaks long lines at the terminal's edge, inside words; wrap them first (the
  // prompt's "? " prefix takes two columns).
  const wrapped = (s: string) => wrap(sanitize(s), columns(opts.output) - 2);
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
      replies.push(
        await ask(
          input(
            {
              message: opts.msg.roleplay.you,
              theme,
              validate: (v) => v.trim() !== '' || opts.msg.emptyAnswer,
            },
            context,
          ),
        ),
      );
    }
  };
  return {
    async answer(item: Item, position, talk): Promise<Answer> {
      opts.output.write(
        renderItemIntro(item, position, opts.msg, opts.style, columns(opts.output)),
      );
      const message = wrapped(item.prompt);
      switch (item.kind) {
        case 'choice':
          return ask(
            select(
              {
                message,
                theme,
                choices: item.options.map((o) => ({ value: o.key, name: text(o.text) })),
              },
              context,
            ),
          );
        case 'multi':
          return ask(
            checkbox(
              {
                message,
                theme,
                choices: item.options.map((o) => ({ value: o.key, name: text(o.text) })),
              },
              context,
            ),
          );
        case 'order': {
          opts.output.write(`${message}\n`);
          let left = shuffled(item.steps, opts.seed + position.index);
          const order: string[] = [];
          while (left.length > 1) {
            const key = await ask(
              select(
                {
                  message: opts.msg.orderPick(order.length + 1),
                  theme,
                  choices: left.map((s) => ({ value: s.key, name: text(s.text) })),
                },
                context,
              ),
            );
            order.push(key);
            left = left.filter((s) => s.key !== key);
          }
          order.push(left[0]!.key);
          return order;
        }
        case 'classify': {
          opts.output.write(`${message}\n`);
          const out: string[] = [];
          for (const s of item.statements) {
            out.push(
              await ask(
                select(
                  {
                    message: wrapped(`“${s.text}”`),
                    theme,
                    choices: item.categories.map((c) => ({ value: c.key, name: text(c.text) })),
                  },
                  context,
                ),
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
          const full = label ? `${message} ${opts.msg.aside(label)}` : message;
          return ask(
            input(
              { message: full, theme, validate: (v) => v.trim() !== '' || opts.msg.emptyAnswer },
              context,
            ),
          );
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
              v === max ? ` — ${text(max_label)}` : v === min ? ` — ${text(min_label)}` : '';
            choices.push({ value: v, name: `${v}${note}` });
          }
          const ratings: number[] = [];
          for (const s of item.statements)
            ratings.push(
              await ask(
                select({ message: wrapped(s), theme, choices, pageSize: choices.length }, context),
              ),
            );
          return ratings;
        }
      }
    },
    async scored(item: Item, result: ItemResult) {
      opts.output.write(renderFeedback(item, result, opts.msg, opts.style, columns(opts.output)));
    },
  };
}
