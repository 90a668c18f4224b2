import type { Messages } from '../render/messages.js';
import type { Style } from '../render/style.js';
import type { AnswerSource } from '../session/run-session.js';
import type { CommandContext } from '../shell/context.js';
import { interactiveSource } from './interactive.js';

/** Answers from the trainee at this run's terminal: its streams, colour choice and stop signal. */
export function terminalSource(
  ctx: CommandContext,
  msg: Messages,
  style: Style,
  seed: number,
  feedback?: 'turn' | 'end',
): AnswerSource {
  return interactiveSource({
    input: ctx.stdin,
    output: ctx.stdout,
    msg,
    style,
    seed,
    color: ctx.color,
    ...(feedback ? { feedback } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}
