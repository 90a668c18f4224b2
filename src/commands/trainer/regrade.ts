import { userInfo } from 'node:os';
import { CliError, EXIT } from '../../errors.js';
import { dataOwner, historyFile } from '../../history/location.js';
import { appendRegrade, REGRADE_SCHEMA, regradesFileFor } from '../../history/regrades.js';
import { readHistory } from '../../history/store.js';
import type { SessionRecord } from '../../session/record.js';
import type { CommandContext } from '../../shell/context.js';
import { resolveUser } from '../../shell/user.js';
import { type AssessText, assessTextFor } from './text.js';

export interface RegradeOptions {
  note?: string;
  by?: string;
}

const MIN_PREFIX = 6;

/** Appends a trainer's verdict to regrades.jsonl; history itself is never rewritten. */
export async function regrade(
  ctx: CommandContext,
  sessionId: string,
  itemId: string,
  score: number,
  opts: RegradeOptions,
): Promise<number> {
  const T = assessTextFor(ctx.lang);
  const E = T.regradeErrors;
  const file = historyFile(ctx.env);
  const who = dataOwner(ctx.env);
  const id = sessionId.trim();
  const { records } = await readHistory(
    file,
    (r) => r.id === id || (id.length >= MIN_PREFIX && r.id.startsWith(id)),
    who,
  );
  const session = pickSession(records, id, file, E);
  const item = session.items.find((i) => i.id === itemId);
  if (!item) {
    const ids = session.items.map((i) => i.id);
    throw new CliError({
      code: 'unknown-item',
      message: E.unknownItem(session.id, itemId),
      hint: E.itsItems(ids.join(', ')),
    });
  }
  if (score > item.max) {
    throw new CliError({
      code: 'score-out-of-range',
      message: E.tooHigh(score, itemId, item.max),
      hint: E.giveScore(item.max),
    });
  }
  const note = (opts.note ?? '').trim();
  if (note.length > 2000)
    throw new CliError({
      code: 'note-too-long',
      message: E.noteTooLong,
    });
  const by = resolveUser(opts.by, ctx.env, () => userInfo().username);
  try {
    appendRegrade(
      regradesFileFor(file),
      {
        schema: REGRADE_SCHEMA,
        sessionId: session.id,
        itemId,
        score,
        note,
        at: ctx.now().toISOString(),
        by,
      },
      who,
    );
  } catch (error) {
    throw new CliError(
      {
        code: 'cannot-write',
        file: regradesFileFor(file),
        message: E.cannotRecord((error as NodeJS.ErrnoException).code ?? String(error)),
      },
      EXIT.notSaved,
    );
  }
  ctx.stdout.write(
    `${T.regradeDone(itemId, session.id, item.regrade?.autoScore ?? item.score, score, item.max)}\n`,
  );
  return EXIT.ok;
}

function pickSession(
  found: SessionRecord[],
  id: string,
  file: string,
  E: AssessText['regradeErrors'],
): SessionRecord {
  const exact = found.find((r) => r.id === id);
  if (exact) return exact;
  const ids = [...new Set(found.map((r) => r.id))];
  if (ids.length === 1) return found[0]!;
  if (ids.length > 1)
    throw new CliError({
      code: 'ambiguous-session',
      message: E.ambiguous(id, ids.length),
      hint: E.giveMore,
    });
  throw new CliError({
    code: 'unknown-session',
    file,
    message: E.unknown(id),
    hint: id.length < MIN_PREFIX ? E.atLeast(MIN_PREFIX) : E.whereIds,
  });
}
