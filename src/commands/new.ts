import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { scaffoldSet } from '../drills/scaffold.js';
import { ITEM_KINDS, type ItemKind } from '../drills/schema.js';
import { CliError, EXIT } from '../errors.js';
import { contentLang } from '../lang-choice.js';
import type { CommandContext } from './context.js';

export interface NewOptions {
  lang?: string;
  kinds?: string[];
  out?: string;
  force?: boolean;
}

/** `cs-drill new <set-id>`: a set file with one commented example of each kind, valid as it is. */
export async function newSet(ctx: CommandContext, id: string, opts: NewOptions): Promise<number> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new CliError({
      code: 'invalid-id',
      message: `"${id}" cannot be a set id`,
      hint: 'use lower-case letters, digits and hyphens, e.g. "parcel-desk"',
    });
  }
  const kinds = (opts.kinds ?? ITEM_KINDS).map((k) => k.trim());
  const unknown = kinds.filter((k) => !(ITEM_KINDS as string[]).includes(k));
  if (unknown.length) {
    throw new CliError({
      code: 'unknown-kind',
      message: `unknown kind ${unknown.map((k) => `"${k}"`).join(', ')}`,
      hint: `kinds are: ${ITEM_KINDS.join(', ')}`,
    });
  }
  const lang = contentLang(opts.lang, ctx.lang);
  const schemaFile = join(ctx.packageRoot, 'schema', 'drill-set.schema.json');
  const file = opts.out === undefined ? undefined : resolve(ctx.cwd, opts.out);
  const schemaRef = file ? relative(dirname(file), schemaFile) : schemaFile;
  const text = scaffoldSet(id, lang, kinds as ItemKind[], schemaRef);
  if (!file) {
    ctx.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(file, text, { flag: opts.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'EEXIST'
        ? {
            code: 'file-exists',
            file: opts.out,
            message: 'already exists',
            hint: 'choose another name, or add --force to overwrite it',
          }
        : {
            code: 'cannot-write',
            file: opts.out,
            message: `cannot write: ${code ?? String(error)}`,
            hint: 'check that the directory exists and is writable',
          },
    );
  }
  ctx.stderr.write(`wrote ${opts.out}; check it with: cs-drill validate ${opts.out}\n`);
  return EXIT.ok;
}
