import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '../../errors.js';
import { commonFor } from '../../render/messages/common.js';
import type { CommandContext } from '../../shell/context.js';
import { contentLang } from '../../shell/lang-choice.js';
import { openSet } from '../shared.js';
import { renderJsonTemplate, renderYamlTemplate } from './sheet-template.js';
import { assessTextFor } from './text.js';

export interface TemplateOptions {
  lang?: string;
  format?: 'yaml' | 'json' | 'csv';
  /** With --format csv: start with a byte-order mark (Chinese-locale Excel then reads it). */
  bom?: boolean;
  out?: string;
  force?: boolean;
  drills?: string;
}

/** Writes an empty answer sheet for a set: to stdout, or to --out (never over a sheet without --force). */
export async function template(
  ctx: CommandContext,
  name: string,
  opts: TemplateOptions,
): Promise<number> {
  const T = assessTextFor(ctx.lang);
  const say = commonFor(ctx.lang);
  const lang = contentLang(opts.lang, ctx.lang);
  if (opts.bom && opts.format !== 'csv')
    throw new CliError({ code: 'invalid-option', message: say.bomOnlyCsv });
  const { loaded } = await openSet(ctx, name, lang, opts.drills);
  // The command written into the sheet names the set the way it was named here, so it works.
  const render = {
    lang: ctx.lang,
    setArg: name,
    ...(opts.drills !== undefined ? { drills: opts.drills } : {}),
    ...(opts.out !== undefined ? { file: opts.out } : {}),
  };
  const text =
    opts.format === 'json'
      ? renderJsonTemplate(loaded, render)
      : opts.format === 'csv'
        ? (await import('./sheet-template-csv.js')).renderCsvTemplate(loaded, {
            ...render,
            bom: opts.bom === true,
          })
        : renderYamlTemplate(loaded, render);
  if (!opts.out) {
    ctx.stdout.write(text);
    return 0;
  }
  const file = resolve(ctx.cwd, opts.out);
  try {
    writeFileSync(file, text, { flag: opts.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new CliError({
        code: 'file-exists',
        file: opts.out,
        message: say.fileExistsWithAnswers,
        hint: say.fileExistsHint,
      });
    }
    throw new CliError({
      code: 'cannot-write',
      file: opts.out,
      message: say.cannotWrite(code ?? String(error)),
      hint: say.cannotWriteHint,
    });
  }
  ctx.stderr.write(`cs-drill: ${T.templateWritten(opts.out)}\n`);
  return 0;
}
