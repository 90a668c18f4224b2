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
    .option('--ids', 'only the set ids, one per line (for scripts and shell completion)')
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
    .option('--no-examples', "don't run the items' example answers through the judge")
    .option('--watch', 'validate again whenever a file changes (Ctrl-C to stop)')
    .addHelpText('after', '\nExamples:\n  cs-drill validate drills/\n  cs-drill validate my-set.yaml other-set.yaml\n  cs-drill validate --no-examples my-set.yaml\n  cs-drill validate --watch my-set.yaml')
    .action((paths, opts) => run(async () => (await import('./commands/validate.js')).validate(ctx, paths, opts)));

  program
    .command('schema')
    .description('print the JSON Schema of drill files (for editors)')
    .addHelpText('after', '\nExample:\n  cs-drill schema > drill-set.schema.json')
    .action(() => run(async () => (await import('./commands/schema.js')).schema(ctx)));

  program
    .command('new')
    .description('start a new drill set: one commented example of each kind, valid as it is')
    .argument('<set-id>', 'the new set\'s id (lower-case letters, digits, "-")')
    .addOption(new Option('--lang <lang>', 'language of the set and its comments').choices(['zh', 'zh-Hans', 'en']))
    .option('--kinds <kinds>', 'only these kinds, comma-separated (default: all)', (v: string) => v.split(','))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText('after', '\nExamples:\n  cs-drill new parcel-desk --out parcel-desk.yaml\n  cs-drill new bank-counter --lang zh --kinds choice,paraphrase,rewrite --out bank.yaml')
    .action((id, opts) => run(async () => (await import('./commands/new.js')).newSet(ctx, id, opts)));

  program
    .command('try')
    .description('judge one answer to one item and show the full breakdown (for authors tuning a rubric)')
    .argument('<set>', 'set id or path to a drill file')
    .argument('<item-id>', 'the item')
    .argument('<answer...>', 'the answer (quotes optional); keys for choice items, comma-separated keys or ratings for the others')
    .addOption(new Option('--lang <lang>', 'language of the set').choices(['zh', 'zh-Hans', 'en']))
    .option('--json', 'print the scored result as JSON')
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .addHelpText('after', '\nExamples:\n  cs-drill try my-set.yaml restate-parcel "So the parcel came broken — did I get that right?"\n  cs-drill try questioning ask-opener-bank "What brings you in today?"\n  cs-drill try listening hold-steps why,ask,time,thank')
    .action((set, item, words: string[], opts) => run(async () => (await import('./commands/try.js')).tryAnswer(ctx, set, item, words.join(' '), opts)));

  program
    .command('completion')
    .description('print a shell completion script (commands, options, set ids)')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', '\nExamples:\n  source <(cs-drill completion bash)      # add to ~/.bashrc\n  source <(cs-drill completion zsh)       # add to ~/.zshrc\n  cs-drill completion fish > ~/.config/fish/completions/cs-drill.fish')
    .action((shell) => run(async () => (await import('./commands/completion.js')).completion(ctx, shell, program)));

  // ── progress and history: history, stats, export, review (issue 6) ──
  const historyCmd = program
    .command('history')
    .description('list your past sessions, newest first')
    .option('--user <name>', 'whose sessions (default: you)')
    .option('--set <id>', 'only sessions of this set')
    .option('--since <date>', 'only sessions since a date (2026-11-01), a time (2026-11-01T09:00) or N days (7d)')
    .option('--limit <n>', 'show the newest N sessions (default 20)', positiveInt)
    .option('--json', 'print JSON for scripts')
    .addHelpText('after', '\nExamples:\n  cs-drill history\n  cs-drill history --set listening --since 7d\n  cs-drill history show 3f2c9a1e\n  cs-drill history merge laptop-history.jsonl')
    .action((opts) => run(async () => (await import('./commands/history.js')).history(ctx, opts)));
  historyCmd
    .command('show')
    .description('show one session item by item, with your answers and the feedback')
    .argument('<session-id>', 'the session id from `cs-drill history` (a unique start of it is enough)')
    .option('--user <name>', 'only look among this user\'s sessions')
    .option('--json', 'print the session record as JSON')
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .addHelpText('after', '\nExamples:\n  cs-drill history show 3f2c9a1e\n  cs-drill history show 3f2c --json')
    .action((id, opts) => run(async () => (await import('./commands/history.js')).historyShow(ctx, id, opts)));
  historyCmd
    .command('merge')
    .description('add the sessions of other history files (other trainees, other machines) that are not there yet')
    .argument('<files...>', 'history files (.jsonl) to merge in')
    .option('--into <file>', 'merge into this file instead of your history')
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nExamples:\n  cs-drill history merge laptop-history.jsonl\n  cs-drill history merge ana.jsonl li-wei.jsonl --into team-history.jsonl')
    .action((files, opts) => run(async () => (await import('./commands/history-merge.js')).historyMerge(ctx, files, opts)));

  program
    .command('stats')
    .description('your progress: scores and trends per skill and set, weakest items, streaks, self-rating')
    .option('--user <name>', 'whose progress (default: you)')
    .option('--set <id>', 'only sessions of this set')
    .option('--since <date>', 'only sessions since a date (2026-11-01), a time or N days (30d)')
    .option('--json', 'print JSON for scripts')
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .addHelpText('after', '\nExamples:\n  cs-drill stats\n  cs-drill stats --since 30d\n  cs-drill stats --set phrases --json')
    .action((opts) => run(async () => (await import('./commands/stats.js')).stats(ctx, opts)));

  program
    .command('export')
    .description('export your sessions (or every answer with --items) as CSV, JSON, JSON Lines, Markdown or an HTML report')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json', 'jsonl', 'md', 'html']).makeOptionMandatory())
    .option('--out <file>', 'write to this file (whole or not at all) instead of standard output')
    .option('--items', 'one row per answered item instead of one per session')
    .option('--bom', 'start the CSV with a byte-order mark, so Excel reads Chinese text correctly')
    .option('--user <name>', 'whose sessions (default: you)')
    .option('--set <id>', 'only sessions of this set')
    .option('--since <date>', 'only sessions since a date (2026-11-01), a time or N days (30d)')
    .addHelpText('after', '\nExamples:\n  cs-drill export --format csv --bom --out progress.csv\n  cs-drill export --format csv --items --set listening > answers.csv\n  cs-drill export --format html --out report.html\n  cs-drill export --format jsonl --since 7d | jq .percent')
    .action((opts) => run(async () => (await import('./commands/export.js')).exportHistory(ctx, opts)));

  program
    .command('review')
    .description('practise the items you are due to review (spaced repetition across all sets)')
    .option('--limit <n>', 'ask at most N items (default 20)', positiveInt)
    .option('--due', 'only say how many items are due, and when the next ones are')
    .option('--json', 'print the due items as JSON (asks nothing)')
    .option('--user <name>', 'whose schedule (default: you)')
    .addOption(new Option('--lang <lang>', 'language of the items and the interface').choices(['zh', 'zh-Hans', 'en']))
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .addHelpText('after', '\nExamples:\n  cs-drill review\n  cs-drill review --due\n  cs-drill review --limit 5 --lang zh')
    .action((opts) => run(async () => (await import('./commands/review.js')).review(ctx, opts)));

  program
    .command('classify')
    .description('say whether a question is open or closed, and which cue decided')
    .argument('[question...]', 'the question (quotes optional); without it, one question per line from --file or stdin')
    .option('--file <file>', 'read questions from a file, one per line')
    .option('--json', 'print one JSON object per question')
    .addHelpText('after', '\nExamples:\n  cs-drill classify "What happened to the parcel?"\n  cs-drill classify 您是否遇到问题?\n  cs-drill classify --file questions.txt --json')
    .action((words: string[], opts) =>
      run(async () => (await import('./commands/classify.js')).classify(ctx, words.length ? [words.join(' ')] : undefined, opts)),
    );

  program
    .command('check')
    .description('flag forbidden and taboo phrases in a reply, with a better wording for each')
    .argument('[reply...]', 'the reply (quotes optional); without it, one reply per line from --file or stdin')
    .option('--file <file>', 'read replies from a file, one per line (or the whole file with --whole)')
    .option('--whole', 'treat the whole input as one text (an email, a chat transcript)')
    .addOption(new Option('--lang <lang>', 'phrase list to use (default: detected from the text)').choices(['zh', 'zh-Hans', 'zh-Hant', 'en', 'ja']))
    .option('--json', 'print JSON: flagged, problems (phrase, category, span, suggestion)')
    .addHelpText('after', '\nExit codes: 0 nothing flagged, 1 something flagged, 2 bad input.\n\nExamples:\n  cs-drill check "Calm down, it\'s company policy."\n  cs-drill check 这不是我的工作,你应该去找经理\n  cs-drill check --whole --file draft-email.txt\n  cs-drill check --json < replies.txt')
    .action((words: string[], opts) =>
      run(async () => (await import('./commands/check.js')).check(ctx, words.length ? [words.join(' ')] : undefined, opts)),
    );

  // ── batch assessment and trainer reports (issue 5) ──
  const percentage = (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a percentage from 0 to 100');
    return n;
  };
  const nonNegativeNumber = (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of 0 or more');
    return n;
  };
  program
    .command('template')
    .description('write an empty answer sheet for a set, to fill in and score with `assess`')
    .argument('<set>', 'set id (see `cs-drill list`) or a path to a drill file')
    .addOption(new Option('--lang <lang>', 'language of the set').choices(['zh', 'zh-Hans', 'en']))
    .addOption(new Option('--format <format>', 'sheet format').choices(['yaml', 'json']).default('yaml'))
    .option('--out <file>', 'write the sheet to this file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .addHelpText('after', '\nExamples:\n  cs-drill template listening > ana.yaml\n  cs-drill template phrases --lang zh --out sheets/li-wei.yaml\n  cs-drill template listening --format json --out ana.json')
    .action((set, opts) => run(async () => (await import('./commands/template.js')).template(ctx, set, opts)));

  program
    .command('assess')
    .description('score answer sheets without a terminal: one file, a directory (one per trainee) or - for stdin')
    .argument('<set>', 'set id (see `cs-drill list`) or a path to a drill file')
    .requiredOption('--answers <file|dir|->', 'an answer sheet, a directory of sheets, or - to read one from standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'jsonl', 'junit']).default('table'))
    .option('--pass-mark <n>', "percent needed to pass (default: the set's own)", percentage)
    .option('--record', "append each trainee's session to the history (mode batch), for stats and exports")
    .addOption(new Option('--lang <lang>', 'language of the set when a sheet does not say').choices(['zh', 'zh-Hans', 'en']))
    .option('--drills <dir>', 'also look for sets in this directory (or CS_DRILL_PATH)')
    .addHelpText('after', '\nExit codes: 0 everyone passed, 1 someone did not pass or a sheet was skipped, 2 no sheet could be scored or bad usage.\n\nExamples:\n  cs-drill assess listening --answers ana.yaml\n  cs-drill assess listening --answers sheets/ --format csv > results.csv\n  cs-drill assess listening --answers sheets/ --format junit --pass-mark 80 > junit.xml\n  cs-drill assess listening --answers sheets/ --format json --record > results.json\n  cat ana.yaml | cs-drill assess listening --answers -')
    .action((set, opts) => run(async () => (await import('./commands/assess.js')).assess(ctx, set, opts)));

  program
    .command('regrade')
    .description("record a trainer's score for one item of a recorded session (the automatic score is kept beside it)")
    .argument('<session-id>', 'the session (from `assess --record` output or the history); a unique prefix will do')
    .argument('<item-id>', 'the item to regrade')
    .argument('<score>', 'the new score, from 0 to the item\'s points', nonNegativeNumber)
    .option('--note <text>', 'why: shown in reports and exports')
    .option('--by <name>', 'who regraded (default: your login name)')
    .addHelpText('after', '\nExamples:\n  cs-drill regrade 3f2c9a1e opener 1 --note "open question, judge missed it"\n  cs-drill regrade 3f2c9a1e restate 0.5')
    .action((session, item, score, opts) => run(async () => (await import('./commands/regrade.js')).regrade(ctx, session, item, score, opts)));

  program
    .command('report')
    .description('item analysis for trainers: facility, discrimination, option counts, reliability')
    .argument('<results>', 'the JSON of `assess --format json`, or a history file (.jsonl)')
    .option('--set <id>', 'which set to analyse when the history holds several')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'md', 'json']).default('table'))
    .addHelpText('after', '\nExamples:\n  cs-drill report results.json\n  cs-drill report ~/.local/share/cs-drill/history.jsonl --set listening\n  cs-drill report results.json --format md > item-analysis.md')
    .action((results, opts) => run(async () => (await import('./commands/report.js')).report(ctx, results, opts)));

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
