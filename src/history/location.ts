import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where history lives: CS_DRILL_HOME, else the platform's user data directory. */
export function dataDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.CS_DRILL_HOME) return env.CS_DRILL_HOME;
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === 'win32')
    return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'cs-drill');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'cs-drill');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'cs-drill');
}

export function historyFile(env: Readonly<Record<string, string | undefined>>): string {
  return join(dataDir(env), 'history.jsonl');
}
