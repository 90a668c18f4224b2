import { Command, Help, InvalidArgumentError, Option } from 'commander';
import { CliError } from './errors.js';
import { commonFor } from './render/messages/common.js';
import { commanderError, EXAMPLES, type HelpText, helpFor } from './render/messages/help.js';
import { displayWidth, wrap } from './render/width.js';
import type { CommandContext } from './shell/context.js';
import { FEEDBACK_VALUES, isPositiveInt, isSeed, LANG_VALUES } from './shell/option-values.js';
import { strayWordError } from './shell/stray-word.js';

/**
 * The whole command surface. Each action imports its implementation lazily, so `--help`
 * and `--version` load neither prompts, YAML nor the judges. Descriptions, examples and
 * Commander's own headings come from the help catalogue, in the interface language.
 */
export function createProgram(
  ctx: CommandContext,
  version: string,
  setExit: (code: number) => void,
): Command {
  const h = helpFor(ctx.lang);
  const zh = ctx.lang === 'zh-Hans';
  const v = valueParsers(h);
  const program = new Command('cs-drill')
    .description(h.program.description)
    .version(version, '-V, --version', h.program.version)
    .helpOption('-h, --help', h.program.help)
    .helpCommand('help [command]', h.program.helpCommand)
    // One --lang for every command: run.ts reads it before parsing.
    .addOption(new Option('--lang <lang>', h.program.lang).argParser(v.lang))
    .option('--no-color', h.program.noColor)
    .option('--debug', h.program.debug)
    .showHelpAfterError(h.program.helpAfterError)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(commanderError(s, ctx.lang)),
    })
    .exitOverride();
  program.configureHelp({
    showGlobalOptions: true,
    styleTitle: (title) => (h.titles as Record<string, string>)[title] ?? title,
    displayWidth: (s) => displayWidth(s),
    boxWrap: (s, width) => wrap(s, width),
    optionDescription(option) {
      const text = Help.prototype.optionDescription.call(this, option);
      return zh
        ? text
            .replace('(choices: ', `（${h.extras.choices}`)
            .replace(', default: ', `，${h.extras.default}`)
            .replace(/\)$/, '）')
        : text;
    },
  });
  const examples = (name: string, before = '') =>
    `\n${before}${h.titles[EXAMPLES[name]!.length === 1 ? 'example' : 'examples']}\n${EXAMPLES[name]!.map((l) => `  ${l}`).join('\n')}`;
  program.addHelpText(
    'after',
    `\n${h.titles.examples}\n${h.program.examples.map((l) => `  ${l}`).join('\n')}`,
  );
  const run = (fn: () => Promise<number>) => fn().then(setExit);
  const c = h.common;

  program
    .command('list')
    .description(h.list.description)
    .option('--json', c.json)
    .option('--tags', h.list.tags)
    .option('--ids', h.list.ids)
    .option('--drills <dir>', c.drills)
    .option('--user <name>', h.list.user)
    .addHelpText('after', examples('list'))
    .action((opts) => run(async () => (await import('./commands/list.js')).list(ctx, opts)));

  program
    .command('start')
    .description(h.start.description)
    .argument('<set>', c.set)
    .option('--limit <n>', h.start.limit, v.positiveInt)
    .option('--shuffle', h.start.shuffle)
    .option('--seed <n>', h.start.seed, v.seed)
    .option('--tag <tag>', h.start.tag)
    .option('--user <name>', h.start.user)
    .option('--drills <dir>', c.drills)
    .option('--resume', h.start.resume)
    .option('--missed', h.start.missed)
    .option('--fast', h.start.fast)
    .addOption(new Option('--feedback <when>', h.start.feedback).choices(FEEDBACK_VALUES))
    .addHelpText('after', examples('start'))
    .action((set, opts) =>
      run(async () => (await import('./commands/start.js')).start(ctx, set, opts)),
    );

  program
    .command('roleplay')
    .description(h.roleplay.description)
    .argument('<set>', c.set)
    .argument('<item-id>', h.roleplay.item)
    .addOption(new Option('--feedback <when>', h.start.feedback).choices(FEEDBACK_VALUES))
    .option('--user <name>', h.start.user)
    .option('--drills <dir>', c.drills)
    .addHelpText('after', examples('roleplay'))
    .action((set, item, opts) =>
      run(async () => (await import('./commands/start.js')).start(ctx, set, { ...opts, item })),
    );

  program
    .command('validate')
    .description(h.validate.description)
    .argument('<paths...>', h.validate.paths)
    .option('--json', h.validate.json)
    .option('--no-examples', h.validate.noExamples)
    .option('--watch', h.validate.watch)
    .addHelpText('after', examples('validate'))
    .action((paths, opts) =>
      run(async () => (await import('./commands/validate.js')).validate(ctx, paths, opts)),
    );

  program
    .command('schema')
    .description(h.schema.description)
    .addHelpText('after', examples('schema'))
    .action(() => run(async () => (await import('./commands/schema.js')).schema(ctx)));

  program
    .command('new')
    .description(h.new.description)
    .argument('<set-id>', h.new.id)
    .option('--kinds <kinds>', h.new.kinds, (value: string) => value.split(','))
    .option('--out <file>', c.out)
    .option('--force', c.force)
    .addHelpText('after', examples('new'))
    .action((id, opts) =>
      run(async () => (await import('./commands/new.js')).newSet(ctx, id, opts)),
    );

  program
    .command('try')
    .description(h.try.description)
    .argument('<set>', h.try.set)
    .argument('<item-id>', h.try.item)
    .argument('<answer...>', h.try.answer)
    .option('--json', h.try.json)
    .option('--drills <dir>', c.drills)
    .addHelpText('after', examples('try'))
    .action((set, item, words: string[], opts) =>
      run(async () =>
        (await import('./commands/try.js')).tryAnswer(ctx, set, item, words.join(' '), opts),
      ),
    );

  program
    .command('completion')
    .description(h.completion.description)
    .argument('<shell>', h.completion.shell)
    .addHelpText('after', examples('completion'))
    .action((shell) =>
      run(async () => (await import('./commands/completion.js')).completion(ctx, shell, program)),
    );

  // ── progress and history: history, stats, export, review (issue 6) ──
  // `history` itself takes no options: they would swallow those of `show` and `merge`
  // (`history show <id> --json`). Its listing is the default subcommand `history list`.
  const historyCmd = program
    .command('history')
    .description(h.history.description)
    .addHelpText('after', examples('history'));
  historyCmd
    .command('list', { isDefault: true })
    .description(h.history.description)
    .option('--user <name>', h.history.user)
    .option('--all-users', c.allUsers)
    .option('--set <id>', c.onlySet)
    .option('--since <date>', h.history.since)
    .option('--limit <n>', h.history.limit, v.positiveInt)
    .option('--json', c.json)
    .addHelpText('after', examples('history'))
    .action((opts) =>
      run(async () => (await import('./commands/progress/history.js')).history(ctx, opts)),
    );
  historyCmd
    .command('show')
    .description(h.show.description)
    .argument('<session-id>', h.show.id)
    .option('--user <name>', h.show.user)
    .option('--json', h.show.json)
    .option('--drills <dir>', c.drills)
    .addHelpText('after', examples('show'))
    .action((id, opts) =>
      run(async () => (await import('./commands/progress/history.js')).historyShow(ctx, id, opts)),
    );
  historyCmd
    .command('merge')
    .description(h.merge.description)
    .argument('<files...>', h.merge.files)
    .option('--into <file>', h.merge.into)
    .option('--json', h.merge.json)
    .option('--force', h.merge.force)
    .addHelpText('after', examples('merge'))
    .action((files, opts) =>
      run(async () =>
        (await import('./commands/progress/history-merge.js')).historyMerge(ctx, files, opts),
      ),
    );

  program
    .command('stats')
    .description(h.stats.description)
    .option('--user <name>', h.stats.user)
    .option('--all-users', c.allUsers)
    .option('--set <id>', c.onlySet)
    .option('--since <date>', c.since)
    .option('--json', c.json)
    .option('--drills <dir>', c.drills)
    .addHelpText('after', examples('stats'))
    .action((opts) =>
      run(async () => (await import('./commands/progress/stats.js')).stats(ctx, opts)),
    );

  program
    .command('export')
    .description(h.export.description)
    .addOption(new Option('--format <format>', h.export.format).choices(EXPORT_FORMATS))
    .option('--out <file>', h.export.out)
    .option('--force', c.force)
    .option('--items', h.export.items)
    .option('--bom', h.export.bom)
    .option('--user <name>', h.export.user)
    .option('--all-users', c.allUsers)
    .option('--set <id>', c.onlySet)
    .option('--since <date>', c.since)
    .addHelpText('after', examples('export'))
    .action((opts) =>
      run(async () => {
        // Required, but checked here, after a stray word (`export csvv`) has been said.
        if (opts.format === undefined)
          throw new CliError({
            code: 'missing-option',
            message: commonFor(ctx.lang).optionRequired('--format', EXPORT_FORMATS.join(', ')),
          });
        return (await import('./commands/progress/export.js')).exportHistory(ctx, opts);
      }),
    );

  program
    .command('review')
    .description(h.review.description)
    .option('--limit <n>', h.review.limit, v.positiveInt)
    .option('--due', h.review.due)
    .option('--json', h.review.json)
    .option('--user <name>', h.review.user)
    .option('--drills <dir>', c.drills)
    .addHelpText('after', examples('review'))
    .action((opts) =>
      run(async () => (await import('./commands/progress/review.js')).review(ctx, opts)),
    );

  program
    .command('classify')
    .description(h.classify.description)
    .argument('[question...]', h.classify.question)
    .option('--file <file>', h.classify.file)
    .option('--json', h.classify.json)
    .addHelpText('after', examples('classify'))
    .action((words: string[], opts) =>
      run(async () => (await import('./commands/classify.js')).classify(ctx, words, opts)),
    );

  program
    .command('check')
    .description(h.check.description)
    .argument('[reply...]', h.check.reply)
    .option('--file <file>', h.check.file)
    .option('--whole', h.check.whole)
    .option('--json', h.check.json)
    .addOption(
      new Option('--phrases <lang>', h.check.phrases).choices([
        'en',
        'zh',
        'zh-Hans',
        'zh-Hant',
        'ja',
      ]),
    )
    .addHelpText('after', `\n${h.titles.exitCodes} ${h.check.exitCodes}\n${examples('check')}`)
    .action((words: string[], opts) =>
      run(async () =>
        (await import('./commands/check.js')).check(ctx, words.length ? words : undefined, opts),
      ),
    );

  // ── batch assessment and trainer reports (issue 5) ──
  program
    .command('template')
    .description(h.template.description)
    .argument('<set>', c.set)
    .addOption(
      new Option('--format <format>', h.template.format)
        .choices(['yaml', 'json', 'csv'])
        .default('yaml'),
    )
    .option('--out <file>', h.template.out)
    .option('--bom', h.export.bom)
    .option('--force', c.force)
    .option('--drills <dir>', c.drills)
    .addHelpText('after', examples('template'))
    .action((set, opts) =>
      run(async () => (await import('./commands/trainer/template.js')).template(ctx, set, opts)),
    );

  program
    .command('assess')
    .description(h.assess.description)
    .argument('[set]', h.assess.set)
    .requiredOption('--answers <file|dir|->', h.assess.answers)
    .addOption(
      new Option('--format <format>', h.assess.format)
        .choices(['table', 'json', 'csv', 'jsonl', 'junit'])
        .default('table'),
    )
    .option('--pass-mark <n>', h.assess.passMark, v.percentage)
    .option('--record', h.assess.record)
    .option('--again', h.assess.again)
    .option('--check', h.assess.check)
    .option('--bom', h.export.bom)
    .option('--drills <dir>', c.drills)
    .addHelpText('after', `\n${h.titles.exitCodes} ${h.assess.exitCodes}\n${examples('assess')}`)
    .action((set, opts) =>
      run(async () => (await import('./commands/trainer/assess.js')).assess(ctx, set, opts)),
    );

  program
    .command('gradebook')
    .description(h.gradebook.description)
    .option('--set <id>', c.onlySet)
    .option('--since <date>', c.since)
    .addOption(new Option('--by <column>', h.gradebook.by).choices(['item', 'set']))
    .addOption(
      new Option('--format <format>', h.gradebook.format)
        .choices(['table', 'csv', 'md', 'html'])
        .default('table'),
    )
    .option('--bom', h.gradebook.bom)
    .option('--out <file>', h.gradebook.out)
    .option('--force', c.force)
    .addHelpText('after', examples('gradebook'))
    .action((opts) =>
      run(async () => (await import('./commands/progress/gradebook.js')).gradebook(ctx, opts)),
    );

  program
    .command('regrade')
    .description(h.regrade.description)
    .argument('<session-id>', h.regrade.session)
    .argument('<item-id>', h.regrade.item)
    .argument('<score>', h.regrade.score, v.nonNegativeNumber)
    .option('--note <text>', h.regrade.note)
    .option('--by <name>', h.regrade.by)
    .addHelpText('after', examples('regrade'))
    .action((session, item, score, opts) =>
      run(async () =>
        (await import('./commands/trainer/regrade.js')).regrade(ctx, session, item, score, opts),
      ),
    );

  program
    .command('report')
    .description(h.report.description)
    .argument('<results>', h.report.results)
    .option('--set <id>', h.report.set)
    .addOption(
      new Option('--format <format>', h.report.format)
        .choices(['table', 'md', 'json'])
        .default('table'),
    )
    .addHelpText('after', examples('report'))
    .action((results, opts) =>
      run(async () => (await import('./commands/trainer/report.js')).report(ctx, results, opts)),
    );

  // A word no command takes (`cs-drill export csvv`, `history shwo`): said with what was meant.
  for (const cmd of leaves(program))
    if (cmd.registeredArguments.length === 0) cmd.allowExcessArguments(true);
  program.hook('preAction', (_program, cmd) => {
    if (cmd.registeredArguments.length === 0 && cmd.args.length > 0)
      throw strayWordError(cmd, cmd.args[0]!, ctx.lang);
  });
  return program;
}

const EXPORT_FORMATS = ['csv', 'json', 'jsonl', 'md', 'html'];

function leaves(cmd: Command): Command[] {
  return cmd.commands.length === 0 ? [cmd] : cmd.commands.flatMap(leaves);
}

/** Option and argument parsers; their messages end up in Commander's "is invalid" error. */
function valueParsers(h: HelpText) {
  const number =
    (test: (n: number, raw: string) => boolean, message: string) =>
    (value: string): number => {
      const n = Number(value);
      if (!test(n, value)) throw new InvalidArgumentError(message);
      return n;
    };
  return {
    positiveInt: number(isPositiveInt, h.values.positiveInt),
    seed: number(isSeed, h.values.seed),
    percentage: number(
      (n, raw) => raw.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100,
      h.values.percentage,
    ),
    nonNegativeNumber: number(
      (n, raw) => raw.trim() !== '' && Number.isFinite(n) && n >= 0,
      h.values.nonNegativeNumber,
    ),
    lang: (value: string): string => {
      if (!LANG_VALUES.includes(value)) throw new InvalidArgumentError(h.values.lang);
      return value;
    },
  };
}
