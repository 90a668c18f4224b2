// `npm run train-model`: trains the reply model (src/eval/train-main.ts, bundled to dist/train-model.js).
import { main } from '../dist/train-model.js';

main();
