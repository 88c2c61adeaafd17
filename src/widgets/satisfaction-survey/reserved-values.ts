// The answer values a definition reserves, for the code that draws and checks the first screen: the
// contract (contracts/survey.ts) defines them beside its zod schemas, which that screen never loads.
// reserved-values.test.ts checks that both say the same.

/** The option id a question's "autre, précisez" choice carries in the answers. */
export const OTHER_OPTION = 'autre';

/** The value a "non concerné" answer carries (with `notConcerned: true`). */
export const NOT_CONCERNED = 'non-concerne';
