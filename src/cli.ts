import { Command, InvalidArgumentError, Option } from 'commander';
import type { CommandContext } from './commands/context.js';

/**
 * The whole command surface. Each action imports its implementation lazily, so `--help`
 * and `--version` load neither prompts, YAML nor the judges.
 */
export function createProgram(ctx: CommandContext, version: string, setExit: (code: number) => void): Command {
  const program = new Command('cs-drill')
    .description('Practice customer-service skills: listen, ask, restate, use the right phrases.')
    .version(version, '-V, --version')
    .option('--no-color', 'plain output without colours (also NO_COLOR=1 or TERM=dumb)')
    .option('--debug', 'show stack traces for unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .exitOverride();
  program.configureHelp({ showGlobalOptions: true });
  program.addHelpText(
    'after',
    `
Examples:
  cs-drill list                       every drill set, with your last and best score
  cs-drill start listening            practise listening for facts and feelings
  cs-drill start phrases --lang zh    the phrases drill in Simplified Chinese
  cs-drill validate my-sets/          check drill files a trainer wrote
  cs-drill check "Calm down, it's company policy."   flag forbidden phrases in a reply`,
  );
  const run = (fn: () => Promise<number>) => fn().then(setExit);

  program
    .command('list')
    .description('list the drill sets you can practise')
    .option('--json', 'print JSON for scripts')
    .option('--tags', 'list the tags you can drill with --tag')
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .option('--user <name>', 'whose scores to show (default: you)')
    .addHelpText('after', '\nExamples:\n  cs-drill list\n  cs-drill list --tags\n  cs-drill list --json --drills ./my-sets')
    .action((opts) => run(async () => (await import('./commands/list.js')).list(ctx, opts)));

  program
    .command('start')
    .description('practise a drill set interactively')
    .argument('<set>', 'set id (see `cs-drill list`) or a path to a drill file')
    .addOption(new Option('--lang <lang>', 'language of the drill and the interface').choices(['zh', 'zh-Hans', 'en']))
    .option('--limit <n>', 'ask at most N items', positiveInt)
    .option('--shuffle', 'shuffle the items')
    .option('--seed <n>', 'seed for --shuffle, for a reproducible order', nonNegativeInt)
    .option('--tag <tag>', 'only items with this tag')
    .option('--user <name>', 'whose history to record (default: your login name)')
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .option('--resume', 'continue your latest interrupted session of this set')
    .addHelpText('after', '\nExamples:\n  cs-drill start listening\n  cs-drill start phone --tag hold --lang zh\n  cs-drill start questioning --shuffle --seed 7 --limit 5\n  cs-drill start listening --resume')
    .action((set, opts) => run(async () => (await import('./commands/start.js')).start(ctx, set, opts)));

  program
    .command('validate')
    .description('check drill files and print every problem as file:line:col')
    .argument('<paths...>', 'drill files or directories')
    .option('--json', 'print problems as JSON')
    .addHelpText('after', '\nExamples:\n  cs-drill validate drills/\n  cs-drill validate my-set.yaml other-set.yaml')
    .action((paths, opts) => run(async () => (await import('./commands/validate.js')).validate(ctx, paths, opts)));

  program
    .command('schema')
    .description('print the JSON Schema of drill files (for editors)')
    .addHelpText('after', '\nExample:\n  cs-drill schema > drill-set.schema.json')
    .action(() => run(async () => (await import('./commands/schema.js')).schema(ctx)));

  return program;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return n;
}
