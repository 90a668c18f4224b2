import { isSetAmongSheets } from '../../answers/sheet-parse.js';
import type { Lang } from '../../drills/schema.js';
import { EXIT } from '../../errors.js';
import { formatProblemSafe } from '../../render/messages/problems.js';
import { sanitize } from '../../render/sanitize.js';
import type { Style } from '../../render/style.js';
import type { CommandContext } from '../../shell/context.js';
import { type SheetInput, sheetText } from './read-inputs.js';
import type { AssessDeps } from './score-sheet.js';
import { checkSheetInput } from './score-sheet.js';
import type { AssessText } from './text.js';

/**
 * `assess --check`: reads every sheet the way scoring would and lists what is wrong with each,
 * without scoring or recording anything, so a trainee can check a sheet before handing it in.
 * Exit 0 when every sheet can be scored in full, 1 when an answer or a sheet cannot be.
 */
export async function checkSheets(
  ctx: CommandContext,
  sheets: AsyncIterable<SheetInput>,
  deps: Pick<AssessDeps, 'setFor' | 'defaultName'>,
  T: AssessText,
  style: Style,
): Promise<number> {
  const lang: Lang = ctx.lang;
  let clean = 0;
  let faulty = 0;
  for await (const input of sheets) {
    if (ctx.signal?.aborted) return EXIT.interrupted;
    const read = checkSheetInput(await sheetText(input, ctx.signal), deps);
    if (read.kind === 'skipped' && isSetAmongSheets(read.problems)) continue;
    const file = sanitize(read.file);
    const lines: string[] = [];
    if (read.kind === 'skipped') {
      lines.push(`${style.red('✘')} ${T.check.unreadable(file, read.problems.length)}`);
      for (const p of read.problems) lines.push(`    ${formatProblemSafe(p, lang)}`);
    } else {
      const { invalid, missing } = read.checked;
      const ok = invalid.length === 0;
      lines.push(
        `${ok ? style.green('✔') : style.red('✘')} ${T.check.read(file, sanitize(read.name), read.checked.answers.size, invalid.length, missing.length)}`,
      );
      for (const p of [...invalid, ...read.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)))
        lines.push(`    ${formatProblemSafe(p, lang)}`);
      if (missing.length > 0) lines.push(`    ${T.check.missing(missing.join(', '))}`);
    }
    if (read.kind === 'read' && read.checked.invalid.length === 0) clean++;
    else faulty++;
    ctx.stdout.write(`${lines.join('\n')}\n`);
  }
  ctx.stdout.write(`${T.check.summary(clean, faulty)}\n`);
  return faulty > 0 ? EXIT.failed : EXIT.ok;
}
