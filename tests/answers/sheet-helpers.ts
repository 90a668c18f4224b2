// Moved to tests/helpers/sheets.ts; kept so existing imports keep working.
export { ANSWERS, allKinds, fillAllKinds, realJudge } from '../helpers/sheets.js';
