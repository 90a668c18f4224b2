// A CommonJS bundle of dist/ loaded with V8's code cache on Node 20, which has no
// module.enableCompileCache: the code compiled in one run (the functions run up to the first
// prompt included, not only the top level) is kept for the next, as Node ≥ 22.1 keeps it.
// Built to dist/code-cache.cjs for bin/cs-drill.cjs; the cache is only ever a cache: missing,
// stale or unusable, the bundle is compiled as `require` compiles it.
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** How the last load went: `used` when V8 took the cached code (tests read it). */
export const lastLoad = { used: false, written: '' };

/**
 * `require(file)`, compiled from the code cached in `dir` when there is one for this very file
 * (its size, time and inode) and Node; when there is none, or V8 turns it down, the code
 * compiled by this run is written there as the process exits.
 */
export function requireCached(file: string, dir: string | undefined = cacheDir()): unknown {
  lastLoad.used = false;
  lastLoad.written = '';
  if (dir === undefined) return createRequire(file)(file);
  const stat = statSync(file);
  const name = `${basename(file)}-${placeOf(file)}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${stat.ino}-${process.version}-${process.arch}-${WRAPPER}.v8`;
  const cacheFile = join(dir, name);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrapped(readFileSync(file, 'utf8')), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  lastLoad.used = cachedData !== undefined && !script.cachedDataRejected;
  const mod = { exports: {} as unknown };
  const lazy = (specifier: string) => import(pathToFileURL(resolve(dirname(file), specifier)).href);
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    mod.exports,
    mod.exports,
    createRequire(file),
    mod,
    file,
    dirname(file),
    lazy,
  );
  if (!lastLoad.used) process.once('exit', () => writeCache(script, dir, cacheFile));
  return mod.exports;
}

/**
 * A bundle's lazy imports (`import("./surface.js")`: entries of the ESM bundle) as calls of the
 * loader's own import: on Node 20, code read from V8's cache has lost the script's import
 * callback ("A dynamic import callback was not specified").
 */
export const LAZY_IMPORT = /\bimport\((?=["']\.\.?\/)/g;

/** The wrapper's version, in the cache's name: its code is the wrapped source's. */
const WRAPPER = 'w1';

/** The CommonJS wrapper, with `__lazyImport` for the bundle's lazy imports. */
function wrapped(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __lazyImport) {${source.replace(LAZY_IMPORT, '__lazyImport(')}\n})`;
}

/**
 * Where a bundle lies, as 8 hex digits (FNV-1a of its path; node:crypto costs start-up time):
 * installs side by side (a global one and a project's own) keep a cache each instead of
 * replacing each other's on every run.
 */
function placeOf(file: string): string {
  let h = 0x811c9dc5;
  for (const c of resolve(file)) h = Math.imul(h ^ (c.codePointAt(0) as number), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Replaces the older caches of the file at this place with this run's code (never fails the run). */
export function writeCache(script: Script, dir: string, cacheFile: string): void {
  try {
    const prefix = `${basename(cacheFile).split('-').slice(0, 2).join('-')}-`;
    for (const old of readdirSync(dir))
      if (old.startsWith(prefix) && old !== basename(cacheFile)) unlinkSync(join(dir, old));
    const part = `${cacheFile}.${process.pid}`;
    writeFileSync(part, script.createCachedData(), { mode: 0o600 });
    renameSync(part, cacheFile);
    lastLoad.written = cacheFile;
  } catch {
    // A cache that cannot be written costs the next run its compile time, nothing else.
  }
}

/**
 * This user's cache directory in the system's temp directory: made when missing, and used only
 * when it is a real directory of this user that no one else may write to (another user's files
 * would be code run as this one).
 */
export function cacheDir(base: string = tmpdir()): string | undefined {
  const uid = process.getuid?.();
  const dir = join(base, `cs-drill-code-cache-${uid ?? 'user'}`);
  try {
    let s = lstatSync(dir, { throwIfNoEntry: false });
    if (s === undefined) {
      mkdirSync(dir, { mode: 0o700 });
      s = lstatSync(dir);
    }
    if (!s.isDirectory() || (s.mode & 0o022) !== 0) return undefined;
    if (uid !== undefined && s.uid !== uid) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}
