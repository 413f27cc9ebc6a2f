/** Stage "simplify": the converter lives in src/lib/text/simplify.ts so the dashboard converts typed phrases with the same rule. */
export { toSimplified } from '../../src/lib/text/simplify';
