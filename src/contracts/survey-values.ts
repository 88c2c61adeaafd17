// The survey contract's plain values, apart from its zod schemas (survey.ts): the survey's first
// screen draws and checks with them, and it does not load zod.

/** The question types a survey definition may use. Public: the payload and the results view carry them. */
export const questionTypes = ['rating', 'single', 'multiple', 'yesno', 'short-text', 'long-text'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The option id a question's "autre, précisez" choice carries in the answers (reserved in definitions). */
export const OTHER_OPTION = 'autre';

/**
 * The value a "non concerné" answer carries (with `notConcerned: true`): the person was asked and said
 * the question does not apply to them. Never a rating: averages and counts of ratings leave it out.
 * Reserved as an option id in definitions.
 */
export const NOT_CONCERNED = 'non-concerne';
