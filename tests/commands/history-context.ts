// Moved to tests/helpers/context.ts; kept so existing imports keep working.
export { historyContext, type TestContext } from '../helpers/context.js';
