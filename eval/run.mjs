// `npm run eval`: builds, then prints every judge's evaluation (src/eval/main.ts, bundled to dist/eval.js).
import { main } from '../dist/eval.js';

main();
