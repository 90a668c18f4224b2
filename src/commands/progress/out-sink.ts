import { resolve } from 'node:path';
import { CliError } from '../../errors.js';
import { fileSink, type Sink, streamSink } from '../../formats/sink.js';
import { dataDirOrUndefined } from '../../history/location.js';
import { checkOutTarget } from '../../history/out-target.js';
import { commonFor } from '../../render/messages/common.js';
import type { CommandContext } from '../../shell/context.js';
import { historyErrorsFor } from './error-text.js';

/**
 * Where an export or gradebook goes: standard output, or `--out` through a temp file. Checked
 * before any work: a device, a FIFO, a directory, a link, cs-drill's own data or an existing
 * file without --force is refused, not replaced at the end.
 */
export function openOut(
  ctx: CommandContext,
  opts: { out?: string; force?: boolean },
): { sink: Sink; target?: string } {
  const target =
    opts.out === undefined || opts.out === '-' ? undefined : resolve(ctx.cwd, opts.out);
  const existing = target
    ? checkOutTarget(target, {
        option: '--out',
        dataDir: dataDirOrUndefined(ctx.env),
        force: opts.force === true,
      }).existing
    : undefined;
  try {
    return {
      sink: target ? fileSink(target, existing) : streamSink(ctx.stdout),
      ...(target ? { target } : {}),
    };
  } catch (error) {
    throw new CliError({
      code: 'cannot-write',
      file: opts.out,
      message: historyErrorsFor(ctx.lang).cannotWriteExport(
        (error as NodeJS.ErrnoException).code ?? String(error),
      ),
      hint: commonFor(ctx.lang).cannotWriteHint,
    });
  }
}
