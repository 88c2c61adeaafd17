// What a team's own questionnaire needs (an object or an address), in one file loaded on demand:
// a survey on the default questionnaire never downloads it (nor the zod schema and the French
// explanations that the check brings).
export { checkDefinition } from './definition-check.js';
export { resolveDefinition } from './definition-language.js';
export { loadDefinition } from './load-definition.js';
