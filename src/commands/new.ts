import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { scaffoldSet } from '../drills/scaffold.js';
import { ITEM_KINDS, type ItemKind } from '../drills/schema.js';
import { CliError, EXIT } from '../errors.js';
import { authoringTextFor } from '../render/messages/authoring.js';
import { commonFor } from '../render/messages/common.js';
import type { CommandContext } from '../shell/context.js';
import { contentLang } from '../shell/lang-choice.js';

export interface NewOptions {
  lang?: string;
  kinds?: string[];
  out?: string;
  force?: boolean;
}

/** `cs-drill new <set-id>`: a set file with one commented example of each kind, valid as it is. */
export async function newSet(ctx: CommandContext, id: string, opts: NewOptions): Promise<number> {
  const say = authoringTextFor(ctx.lang);
  const common = commonFor(ctx.lang);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new CliError({
      code: 'invalid-id',
      message: say.invalidId(id),
      hint: say.invalidIdHint,
    });
  }
  const kinds = (opts.kinds ?? ITEM_KINDS).map((k) => k.trim());
  const unknown = kinds.filter((k) => !(ITEM_KINDS as string[]).includes(k));
  if (unknown.length) {
    throw new CliError({
      code: 'unknown-kind',
      message: say.unknownKinds(unknown.map((k) => `"${k}"`).join(', ')),
      hint: say.kindsAre(ITEM_KINDS.join(', ')),
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
            message: common.fileExists,
            hint: common.fileExistsHint,
          }
        : {
            code: 'cannot-write',
            file: opts.out,
            message: common.cannotWrite(code ?? String(error)),
            hint: common.cannotWriteHint,
          },
    );
  }
  ctx.stderr.write(`${say.wrote(opts.out ?? file)}\n`);
  return EXIT.ok;
}
