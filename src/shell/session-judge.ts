import type { Item, Lang } from '../drills/schema.js';
import type { FreeTextJudge } from '../judge/types.js';

/** The free-text judge of an interactive session (`start`, `roleplay`). */
export interface SessionJudge {
  /** The judge, opened on first use (runSession calls it for the first free-text item). */
  load: () => Promise<FreeTextJudge>;
  /**
   * Opens the judge and readies it for this session's items in the background, one short step
   * per turn of the event loop, so keys typed meanwhile are still echoed at once. Never fails:
   * a judge that cannot be opened or cannot judge says so when an answer is judged.
   */
  warmUp: () => Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Loads nothing of the judge until `load` or `warmUp` is called (it is big: phrase lists, converters). */
export function sessionJudge(
  packageRoot: string,
  items: readonly Item[],
  lang: Lang,
): SessionJudge {
  let opened: Promise<{ judge: FreeTextJudge; steps: () => (() => void)[] }> | undefined;
  const open = () => {
    opened ??= import('./bundled-judge.js').then((m) => {
      const judge = m.bundledJudge(packageRoot);
      return { judge, steps: () => m.warmUpSteps(judge, items, lang) };
    });
    return opened;
  };
  return {
    load: () => open().then((o) => o.judge),
    async warmUp() {
      try {
        const { steps } = await open();
        for (const step of steps()) {
          await nextTurn();
          step();
        }
      } catch {
        // Left for the real judging to meet and report.
      }
    },
  };
}
