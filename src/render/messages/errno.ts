import type { Lang } from '../../drills/schema.js';
import type { Problem } from '../../errors.js';
import { type Bilingual, pick } from './common.js';

interface Worded {
  reason: string;
  fix: string;
}

/**
 * The system's error names (ENOENT, EACCES…) in plain words, with what to do. Problems keep the
 * name in their data (--json, logs); only the printed text says it in words.
 */
const REASONS: Bilingual<Record<string, Worded>> = {
  en: {
    ENOENT: { reason: 'no such file or directory', fix: 'check the path' },
    EACCES: {
      reason: 'permission denied',
      fix: 'check its permissions (ls -l), or use a path you may read and write',
    },
    EPERM: {
      reason: 'not permitted',
      fix: 'check its permissions and owner (ls -l), or use another path',
    },
    EEXIST: { reason: 'it already exists', fix: 'choose another name, or add --force' },
    EISDIR: { reason: 'it is a directory', fix: 'give a file name' },
    ENOTDIR: { reason: 'a part of the path is not a directory', fix: 'check the path' },
    ENOTEMPTY: { reason: 'the directory is not empty', fix: 'give an empty or new directory' },
    ENOSPC: { reason: 'the disk is full', fix: 'free some space and try again' },
    EDQUOT: { reason: 'the disk quota is used up', fix: 'free some space and try again' },
    EROFS: { reason: 'the file system is read-only', fix: 'write somewhere else' },
    ELOOP: { reason: 'too many symbolic links (a loop?)', fix: 'check where the links point' },
    ENAMETOOLONG: { reason: 'the name is too long', fix: 'use a shorter path' },
    EMFILE: { reason: 'too many files are open', fix: 'close other programs and try again' },
    ENFILE: { reason: 'too many files are open', fix: 'close other programs and try again' },
    EBUSY: { reason: 'it is in use', fix: 'try again when the other program is done' },
    EAGAIN: { reason: 'it is not ready yet', fix: 'try again' },
    EIO: { reason: 'the disk could not be read or written', fix: 'check the disk' },
    EXDEV: { reason: 'it is on another file system', fix: 'use a path on the same disk' },
  },
  zh: {
    ENOENT: { reason: '没有这个文件或目录', fix: '请检查路径' },
    EACCES: { reason: '没有权限', fix: '请检查它的权限（ls -l），或换一个可以读写的路径' },
    EPERM: { reason: '不允许这样操作', fix: '请检查它的权限和所有者（ls -l），或换一个路径' },
    EEXIST: { reason: '已经存在', fix: '换一个名字，或加上 --force' },
    EISDIR: { reason: '这是一个目录', fix: '请给出文件名' },
    ENOTDIR: { reason: '路径中有一部分不是目录', fix: '请检查路径' },
    ENOTEMPTY: { reason: '目录不是空的', fix: '请给出一个空目录或新目录' },
    ENOSPC: { reason: '磁盘已满', fix: '请腾出一些空间后再试' },
    EDQUOT: { reason: '磁盘配额已用完', fix: '请腾出一些空间后再试' },
    EROFS: { reason: '文件系统是只读的', fix: '请写到别的地方' },
    ELOOP: { reason: '符号链接太多（可能绕成了圈）', fix: '请检查这些链接指向哪里' },
    ENAMETOOLONG: { reason: '名称太长', fix: '请用短一些的路径' },
    EMFILE: { reason: '打开的文件太多', fix: '请关掉别的程序后再试' },
    ENFILE: { reason: '打开的文件太多', fix: '请关掉别的程序后再试' },
    EBUSY: { reason: '正被占用', fix: '等别的程序用完后再试' },
    EAGAIN: { reason: '暂时还不能用', fix: '请再试一次' },
    EIO: { reason: '磁盘读写出错', fix: '请检查磁盘' },
    EXDEV: { reason: '在另一个文件系统上', fix: '请用同一个磁盘上的路径' },
  },
};

/** What a problem of each code was doing when the system said no, in Chinese. */
const DOING_ZH: Record<string, string> = {
  'history-unreadable': '无法读取练习记录',
  'regrades-unreadable': '无法读取改分记录',
  unreadable: '无法读取这个文件夹',
  'unreadable-file': '无法读取',
  'file-not-found': '无法读取',
  'file-not-readable': '无法读取',
  'broken-link': '这个符号链接指向的文件不存在',
  'cannot-write': '无法写入',
  'cannot-keep-owner': '无法保留文件的所有者',
  'file-error': '无法访问',
};

const NAME = /\b(E[A-Z]{2,})\b/;

/** The words for a system error name, or undefined for a name cs-drill does not know. */
export function errnoWords(code: string, lang: Lang): Worded | undefined {
  return pick(REASONS, lang)[code];
}

/**
 * A problem whose text carries a system error name (`cannot read: EACCES`), said in plain words
 * in `lang`, with the fix when it has none; undefined when there is no such name in it.
 */
export function plainErrno(problem: Problem, lang: Lang): Problem | undefined {
  const name = NAME.exec(problem.message)?.[1];
  const words = name === undefined ? undefined : errnoWords(name, lang);
  if (!name || !words) return undefined;
  const doing = DOING_ZH[problem.code];
  // A message already in Chinese keeps its words; an English one is said again by its code.
  const message =
    lang === 'zh-Hans' && !/\p{Script=Han}/u.test(problem.message)
      ? `${doing ?? '无法访问'}：${words.reason}`
      : problem.message.replace(NAME, words.reason);
  const hint = lang === 'zh-Hans' || !problem.hint ? words.fix : problem.hint;
  return { ...problem, message, hint };
}

/** A file-system error that escaped a command (it has a system error name and a path) as a problem. */
export function errnoProblem(error: unknown): Problem | undefined {
  const e = error as { code?: unknown; path?: unknown; syscall?: unknown } | null;
  if (typeof e?.code !== 'string' || typeof e.path !== 'string') return undefined;
  if (!errnoWords(e.code, 'en')) return undefined;
  return {
    code: 'file-error',
    file: e.path,
    message: `cannot ${typeof e.syscall === 'string' ? e.syscall : 'use'} it: ${e.code}`,
  };
}
