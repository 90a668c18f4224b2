import type { Messages } from '../render/messages.js';
import type { Style } from '../render/style.js';
import type { AnswerSource } from '../session/run-session.js';
import type { CommandContext } from '../shell/context.js';
import { askYesNo, type InteractiveOptions, interactiveSource } from './interactive.js';

/** Answers from the trainee at this run's terminal: its streams, colour choice and stop signal. */
export function terminalSource(
  ctx: CommandContext,
  msg: Messages,
  style: Style,
  how: Pick<InteractiveOptions, 'seed' | 'feedback' | 'pause' | 'shown'>,
): AnswerSource {
  return interactiveSource({
    ...how,
    input: ctx.stdin,
    output: ctx.stdout,
    msg,
    style,
    color: ctx.color,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}

/** A yes/no question to the trainee at this run's terminal; 'stop' on Ctrl-C. */
export function askAtTerminal(
  ctx: CommandContext,
  msg: Messages,
  question: string,
): Promise<boolean | 'stop'> {
  return askYesNo(
    {
      input: ctx.stdin,
      output: ctx.stdout,
      msg,
      color: ctx.color,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    },
    question,
  );
}
