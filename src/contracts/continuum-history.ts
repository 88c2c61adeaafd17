/**
 * The documents-store namespace of past assessments (one document per assessment, each with its full
 * `payload`): the self-check's history, and what the results view lists as local self-checks. A
 * module of its own so the results view imports one string, not the continuum's content.
 */
export const HISTORY_NAMESPACE = 'continuum-check:history';
