import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { CliError } from '../errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Who runs cs-drill, for deciding which files it may trust and write: uid and home directory. */
export interface DataOwner {
  /** undefined where the platform has no uids (Windows). */
  uid: number | undefined;
  home: string | undefined;
}

export function dataOwner(env: Env): DataOwner {
  return { uid: process.getuid?.(), home: homeOf(env) };
}

/** HOME, else the passwd entry's; undefined when there is neither (a container's nobody). */
function homeOf(env: Env): string | undefined {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

/** Where history lives: CS_DRILL_HOME, else the platform's user data directory. */
export function dataDir(env: Env, platform: NodeJS.Platform = process.platform): string {
  const set = env.CS_DRILL_HOME;
  if (set) return expandHome(set, env);
  const home = homeOf(env);
  if (platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'cs-drill');
  if (
    platform !== 'win32' &&
    platform !== 'darwin' &&
    env.XDG_DATA_HOME &&
    isAbsolute(env.XDG_DATA_HOME)
  )
    return join(env.XDG_DATA_HOME, 'cs-drill');
  if (home === undefined)
    throw new CliError({
      code: 'no-home',
      message:
        'cannot tell where to keep the history: HOME is not set and this user has no home directory',
      hint: 'set CS_DRILL_HOME to a directory of your own, e.g. CS_DRILL_HOME=/path/to/cs-drill',
    });
  if (platform === 'win32') return join(home, 'AppData', 'Roaming', 'cs-drill');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'cs-drill');
  return join(home, '.local', 'share', 'cs-drill');
}

/** `~` and `~/…` as a shell would expand them (a quoted value reaches us unexpanded). */
function expandHome(path: string, env: Env): string {
  if (path !== '~' && !path.startsWith('~/')) {
    if (path.startsWith('~'))
      throw new CliError({
        code: 'invalid-home',
        file: path,
        message: 'CS_DRILL_HOME starts with ~name, which cs-drill does not expand',
        hint: 'give the full path of the directory',
      });
    return path;
  }
  const home = homeOf(env);
  if (home === undefined)
    throw new CliError({
      code: 'invalid-home',
      file: path,
      message: 'CS_DRILL_HOME starts with ~ but there is no home directory to expand it to',
      hint: 'give the full path of the directory',
    });
  return join(home, path.slice(1));
}

export function historyFile(env: Env): string {
  return join(dataDir(env), 'history.jsonl');
}

/** The data directory, or undefined when it cannot be told (no home): for comparisons only. */
export function dataDirOrUndefined(env: Env): string | undefined {
  try {
    return dataDir(env);
  } catch {
    return undefined;
  }
}
