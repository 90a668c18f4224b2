// A worker thread of `cs-drill check` on a long file: judges its share of the replies as the
// main thread would and sends back each reply's hits (data; the main thread renders them).
import { parentPort, workerData } from 'node:worker_threads';
import { checkReplies } from './check-judge.js';
import type { CheckShare } from './check-workers.js';

const { packageRoot, lang, texts } = workerData as CheckShare;
parentPort?.postMessage(checkReplies(texts, packageRoot, lang));
