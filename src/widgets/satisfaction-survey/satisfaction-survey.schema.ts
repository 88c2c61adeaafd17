import { z } from '../../core/zod.js';
import { text } from '../../core/widget-config.js';
import { commonConfigShape, fieldSchema } from '../../core/widget-config.js';
import { satisfactionSurveyAttributes } from './satisfaction-survey.attributes.js';
import { NOT_CONCERNED, OTHER_OPTION, questionTypes } from '../../contracts/survey.js';

export {
  NOT_CONCERNED,
  OTHER_OPTION,
  questionTypes,
  satisfactionSurveyPayloadSchema,
  surveyAnswerSchema,
  valueFitsType,
  type QuestionType,
  type SatisfactionSurveyPayload,
  type SurveyAnswer,
} from '../../contracts/survey.js';

/** Short ids for surveys, sections, questions and options: they end up in the results, so they stay stable. */
const slug = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'un identifiant court (a-z, 0-9, -)'));

/**
 * The languages a team may translate its own questions into: the envelope's tags (`fr-FALC` is French
 * easy-read). French is required in a translated text: it is the default, and what the team reads.
 */
export const definitionLanguages = ['fr', 'fr-FALC', 'en', 'ar'] as const;
export type DefinitionLanguage = (typeof definitionLanguages)[number];

/** A text in several languages: `{ "fr": "Votre avis ?", "en": "Your opinion?", "ar": "رأيك؟" }`. */
const translationsSchema = (max: number, empty: string) =>
  z.strictObject({
    fr: text(max).check(z.minLength(1, empty)),
    'fr-FALC': z.optional(text(max)),
    en: z.optional(text(max)),
    ar: z.optional(text(max)),
  });
export type Translations = z.infer<ReturnType<typeof translationsSchema>>;

/**
 * A text the person reads: a plain string (French), or its translations. A missing language shows the
 * French text, marked `lang="fr"` (README, "Traduire ses propres questions").
 */
const localText = (max: number, empty = 'un libellé non vide') =>
  z.union([text(max).check(z.minLength(1, empty)), translationsSchema(max, empty)], {
    error: `un texte de ${max} caractères au plus, ou ses traductions { "fr": "…", "en": "…", "ar": "…", "fr-FALC": "…" } ("fr" obligatoire)`,
  });
/** An optional text: may be empty. */
const optionalLocalText = (max: number) =>
  z.optional(
    z.union([text(max), translationsSchema(max, 'un texte non vide')], {
      error: `un texte de ${max} caractères au plus, ou ses traductions { "fr": "…", "en": "…", "ar": "…", "fr-FALC": "…" } ("fr" obligatoire)`,
    }),
  );

/** A definition's type once its texts are resolved to one language: every translated text becomes a string. */
export type Resolved<T> = T extends Translations
  ? string
  : T extends readonly (infer U)[]
    ? Resolved<U>[]
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

/**
 * A show-if condition on an earlier answer. Exactly one test besides `question`:
 * `equals` (an option id, a rating, true/false), `anyOf` (option ids: the answer is, or includes, one of them),
 * `atMost` / `atLeast` (a rating), `answered` (true: any answer; false: no answer).
 */
export const conditionSchema = z.strictObject({
  /** Id of an earlier question. */
  question: slug(),
  equals: z.optional(z.union([z.string().check(z.maxLength(40)), z.number(), z.boolean()], 'un id d’option, un nombre ou true/false')),
  anyOf: z.optional(z.array(slug()).check(z.minLength(1), z.maxLength(50))),
  atMost: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  atLeast: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  answered: z.optional(z.boolean()),
});
export type Condition = z.infer<typeof conditionSchema>;

const optionSchema = z.strictObject({
  id: slug().check(
    z.refine((id) => id !== OTHER_OPTION, `un autre id que "${OTHER_OPTION}" (réservé au choix « autre, précisez » : utilisez "other": true)`),
    z.refine((id) => id !== NOT_CONCERNED, `un autre id que "${NOT_CONCERNED}" (réservé au choix « non concerné » : utilisez "notConcerned": true)`),
  ),
  label: localText(200),
});

/** What every question shares. */
const questionBase = {
  id: slug(),
  /** The question as the person reads it. Plain text, never HTML. */
  label: localText(300),
  /** One line of help under the question. */
  hint: optionalLocalText(300),
  /** An answer is needed to go on. Default false: every question may be skipped. */
  required: z.optional(z.boolean()),
  /** Shown only when this holds for an earlier answer. */
  showIf: z.optional(conditionSchema),
};

/**
 * Adds "Non concerné" (rating, yes/no, one choice): an answer the results tell apart from a rating
 * or an option (`notConcerned: true` in the payload). For what not everyone has lived (a same-day
 * appointment, the phone line).
 */
const notConcernedShape = {
  notConcerned: z.optional(z.boolean()),
  /** Its words ("Non concerné" by default; "Je n’en ai pas eu besoin"…). */
  notConcernedLabel: optionalLocalText(120),
};

const choiceShape = {
  ...questionBase,
  options: z.array(optionSchema).check(z.minLength(2, 'au moins 2 options'), z.maxLength(30)),
  /** Adds "Autre, précisez" with a short text field. */
  other: z.optional(z.boolean()),
  /** Label of that choice ("Autre, précisez" by default). */
  otherLabel: optionalLocalText(120),
};

export const questionSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...questionBase, ...notConcernedShape, type: z.literal('rating') }),
    z.strictObject({ ...choiceShape, ...notConcernedShape, type: z.literal('single') }),
    z.strictObject({ ...choiceShape, type: z.literal('multiple'), maxChoices: z.optional(z.number().check(z.int(), z.gte(1), z.lte(30))) }),
    z.strictObject({ ...questionBase, ...notConcernedShape, type: z.literal('yesno') }),
    z.strictObject({ ...questionBase, type: z.literal('short-text'), maxLength: z.optional(z.number().check(z.int(), z.gte(10), z.lte(300))) }),
    z.strictObject({ ...questionBase, type: z.literal('long-text'), maxLength: z.optional(z.number().check(z.int(), z.gte(50), z.lte(3000))) }),
  ],
  { error: `un "type" parmi ${questionTypes.map((t) => `"${t}"`).join(', ')}` },
);
/** A question as the team wrote it (texts possibly translated). */
export type QuestionInput = z.infer<typeof questionSchema>;
/** A question in one language. */
export type Question = Resolved<QuestionInput>;
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;

export const sectionSchema = z.strictObject({
  id: slug(),
  /** The step's title ("Accueil et contact"). */
  title: localText(120, 'un titre non vide'),
  /** A sentence under the title. */
  intro: optionalLocalText(500),
  /** The whole step is shown only when this holds. */
  showIf: z.optional(conditionSchema),
  questions: z.array(questionSchema).check(z.minLength(1, 'au moins 1 question'), z.maxLength(40)),
});
export type Section = Resolved<z.infer<typeof sectionSchema>>;

/** A questionnaire, written in JSON by the team (or the default one). Each section is one step. */
export const surveyDefinitionSchema = z.strictObject({
  /** Stable id of this questionnaire; answers are grouped by it and by campaign. */
  id: slug(),
  title: localText(160, 'un titre non vide'),
  /** The invitation shown on the first step. */
  intro: optionalLocalText(1000),
  /** How long it takes, shown on the first step ("Environ 3 minutes"). */
  estimatedMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(60))),
  /**
   * Where the questions come from, shown in small print under the notice: the team's own words for
   * the public ("Questions préparées avec le comité des usagers"). Academic references (guides, fiches)
   * belong in the team's documentation, not here: patients do not read them.
   */
  source: optionalLocalText(300),
  sections: z.array(sectionSchema).check(z.minLength(1, 'au moins 1 section'), z.maxLength(12)),
});
/** A questionnaire as the team wrote it: each text a string or its translations. */
export type SurveyDefinitionInput = z.infer<typeof surveyDefinitionSchema>;
/** A questionnaire in one language (what the views and the rules read). */
export type SurveyDefinition = Resolved<SurveyDefinitionInput>;

/** What the invitation to take part may offer, in this order: the users' committee, workshops and working groups, a call to talk it over. */
export const invitationOffers = ['comite', 'ateliers', 'rappel'] as const;
export type InvitationOffer = (typeof invitationOffers)[number];

/**
 * The invitation to take part, on a last screen after the answers are sent (non-kiosk only). Shown
 * once the team says who reads the contacts (`recipient`), unless `enabled` is false. Its envelope is
 * sent apart from the answers and never refers to them (README, "Invitation à participer").
 */
export const surveyParticipationSchema = z.strictObject({
  /** Default true once `recipient` is given; false hides the invitation. */
  enabled: z.optional(z.boolean()),
  /** Who receives the contact, with its article ("la coordinatrice de la maison de santé"). */
  recipient: text(300).check(z.minLength(1, 'qui lit les coordonnées, par exemple « la coordinatrice »')),
  /** How long it is kept ("12 mois après le dernier échange"). */
  retention: text(300).check(z.minLength(1, 'la durée de conservation, par exemple « 12 mois après le dernier échange »')),
  /** How to exercise one's rights (an address or e-mail). */
  rightsContact: text(300).check(z.minLength(1, 'une adresse ou un e-mail pour exercer ses droits')),
  /** What is offered (all three by default). */
  offers: z.optional(z.array(z.enum(invitationOffers)).check(z.minLength(1), z.maxLength(3))),
  /** Label of the contact field ("Comment vous joindre ?" by default). */
  contactLabel: z.optional(text(120)),
});
export type SurveyParticipation = z.infer<typeof surveyParticipationSchema>;

/** The survey's JSON config (property or inline script); attributes fill the same keys. */
export const satisfactionSurveyConfigSchema = z.strictObject({
  ...commonConfigShape,
  /** Campaign id, so that answers of one period stay together ("2026-T4"); the current quarter by default. */
  campaign: z.optional(fieldSchema(satisfactionSurveyAttributes.campaign.field)),
  /** Waiting-room tablet: large targets, no drafts, resets itself for the next person. */
  kiosk: z.optional(fieldSchema(satisfactionSurveyAttributes.kiosk.field)),
  /** The questionnaire: an object (see README), or the http(s) address of its JSON. The default French questionnaire otherwise. */
  definition: z.optional(z.unknown()),
  /** One answer per device and campaign (a local marker, nothing identifying). Default true; always off in kiosk mode. */
  oncePerDevice: z.optional(z.boolean()),
  /** The information notice (who reads the answers, what for, how long they are kept); a default text otherwise. */
  notice: z.optional(text(2000)),
  /** Kiosk: seconds the thank-you screen stays before the survey starts again. */
  resetAfterSeconds: z.optional(z.number().check(z.gte(1), z.lte(600))),
  /** Kiosk: seconds without a touch before the "are you still there?" warning. */
  inactivitySeconds: z.optional(z.number().check(z.gte(1), z.lte(3600))),
  /** Kiosk: seconds the warning waits for "Continuer" before the answers are cleared. */
  warningSeconds: z.optional(z.number().check(z.gte(1), z.lte(600))),
  /** The invitation to take part shown after the answers are sent; off without it. */
  participation: z.optional(surveyParticipationSchema),
});
export type SatisfactionSurveyConfig = z.infer<typeof satisfactionSurveyConfigSchema>;
