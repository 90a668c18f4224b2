import type { Command } from 'commander';
import { nearNames } from '../drills/near.js';
import type { Lang } from '../drills/schema.js';
import { CliError } from '../errors.js';
import { commonFor } from '../render/messages/common.js';

/**
 * A word a command takes no argument for (`cs-drill export csvv`, `cs-drill history shwo`): said
 * as such, with the nearest thing it could have meant — a subcommand of the group it is in, or
 * a value of one of its options (`export --format csv`).
 */
export function strayWordError(cmd: Command, word: string, lang: Lang): CliError {
  const T = commonFor(lang);
  // A group's default subcommand (history → history list) gets the group's words.
  const group = cmd.parent?.parent ? cmd.parent : undefined;
  const candidates = [
    ...(group?.commands ?? []).map((c) => ({
      value: c.name(),
      command: `${path(group!)} ${c.name()}`,
    })),
    ...cmd.options.flatMap((o) =>
      (o.argChoices ?? []).map((v) => ({ value: v, command: `${path(cmd)} ${o.long} ${v}` })),
    ),
  ];
  const wanted = word.trim().toLowerCase();
  const best =
    candidates.find((c) => c.value.toLowerCase() === wanted) ??
    candidates.find(
      (c) =>
        c.value ===
        nearNames(
          word,
          candidates.map((c) => c.value),
        )[0],
    );
  return new CliError({
    code: 'unknown-command',
    message: group ? T.noSubcommand(path(group), word) : T.strayWord(path(cmd), word),
    hint: best
      ? T.didYouMean(best.command)
      : group
        ? T.subcommandsAre(group.commands.map((c) => c.name()).join(', '))
        : T.seeHelp(path(cmd)),
    params: { word },
  });
}

/** "history list": the command's names below the program. */
function path(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
