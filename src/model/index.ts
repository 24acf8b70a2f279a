export * from './public.js';
export { parsePolicyText, validatePolicy } from './eager.js';
