import { userInfo } from 'node:os';
import { CliError, EXIT } from '../errors.js';
import { historyFile } from '../history/location.js';
import { appendRegrade, REGRADE_SCHEMA, regradesFileFor } from '../history/regrades.js';
import { readHistory } from '../history/store.js';
import { ASSESS_TEXT as T } from '../render/assess-messages.js';
import type { SessionRecord } from '../session/record.js';
import type { CommandContext } from './context.js';
import { resolveUser } from './user.js';

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
  const file = historyFile(ctx.env);
  const id = sessionId.trim();
  const { records } = await readHistory(
    file,
    (r) => r.id === id || (id.length >= MIN_PREFIX && r.id.startsWith(id)),
  );
  const session = pickSession(records, id, file);
  const item = session.items.find((i) => i.id === itemId);
  if (!item) {
    const ids = session.items.map((i) => i.id);
    throw new CliError({
      code: 'unknown-item',
      message: `session ${session.id} has no item "${itemId}"`,
      hint: `its items: ${ids.join(', ') || '(none answered)'}`,
    });
  }
  if (score > item.max) {
    throw new CliError({
      code: 'score-out-of-range',
      message: `${score} is more than item "${itemId}" is worth (${item.max})`,
      hint: `give a score from 0 to ${item.max}`,
    });
  }
  const note = (opts.note ?? '').trim();
  if (note.length > 2000)
    throw new CliError({
      code: 'note-too-long',
      message: 'the note is longer than 2000 characters',
    });
  const by = resolveUser(opts.by, ctx.env, () => userInfo().username);
  try {
    appendRegrade(regradesFileFor(file), {
      schema: REGRADE_SCHEMA,
      sessionId: session.id,
      itemId,
      score,
      note,
      at: ctx.now().toISOString(),
      by,
    });
  } catch (error) {
    throw new CliError(
      {
        code: 'cannot-write',
        file: regradesFileFor(file),
        message: `cannot record the regrade: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      },
      EXIT.notSaved,
    );
  }
  ctx.stdout.write(
    `${T.regradeDone(itemId, session.id, item.regrade?.autoScore ?? item.score, score, item.max)}\n`,
  );
  return EXIT.ok;
}

function pickSession(found: SessionRecord[], id: string, file: string): SessionRecord {
  const exact = found.find((r) => r.id === id);
  if (exact) return exact;
  const ids = [...new Set(found.map((r) => r.id))];
  if (ids.length === 1) return found[0]!;
  if (ids.length > 1)
    throw new CliError({
      code: 'ambiguous-session',
      message: `"${id}" matches ${ids.length} sessions`,
      hint: 'give more of the session id',
    });
  throw new CliError({
    code: 'unknown-session',
    file,
    message: `no session "${id}" in the history`,
    hint:
      id.length < MIN_PREFIX
        ? `give at least ${MIN_PREFIX} characters of the id`
        : 'session ids are in `assess --record` output (json: session_id)',
  });
}
