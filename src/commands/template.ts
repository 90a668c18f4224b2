import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalogue, resolveSet } from '../drills/registry.js';
import { CliError } from '../errors.js';
import { contentLang } from '../lang-choice.js';
import { ASSESS_TEXT as T } from '../render/assess-messages.js';
import { renderJsonTemplate, renderYamlTemplate } from '../render/assess-template.js';
import { messagesFor } from '../render/messages.js';
import type { CommandContext } from './context.js';

export interface TemplateOptions {
  lang?: string;
  format?: 'yaml' | 'json';
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
  const lang = contentLang(opts.lang, ctx.lang);
  const catalogue = await loadCatalogue({
    packageRoot: ctx.packageRoot,
    cwd: ctx.cwd,
    env: ctx.env,
    drills: opts.drills,
  });
  const { loaded, fellBackFrom } = await resolveSet(catalogue, name, lang, ctx.cwd);
  if (fellBackFrom)
    ctx.stderr.write(
      `cs-drill: ${messagesFor('en').langFallback(fellBackFrom, loaded.set.lang)}\n`,
    );
  const text = opts.format === 'json' ? renderJsonTemplate(loaded) : renderYamlTemplate(loaded);
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
        message: 'already exists (it may hold answers)',
        hint: 'choose another name, or add --force to overwrite it',
      });
    }
    throw new CliError({
      code: 'cannot-write',
      file: opts.out,
      message: `cannot write: ${code ?? String(error)}`,
      hint: 'check that the directory exists and is writable',
    });
  }
  ctx.stderr.write(`cs-drill: ${T.templateWritten(opts.out)}\n`);
  return 0;
}
