// The payload shapes the results view reads, as fixed by the widgets' contracts. The view may read
// what another endpoint stored, or an older version: each guard checks only what the summaries use,
// and an item that does not fit is counted apart rather than breaking the page.

export type AnswerType = 'rating' | 'single' | 'multiple' | 'yesno' | 'short-text' | 'long-text';

export interface SurveyAnswer {
  questionId: string;
  type: AnswerType;
  section?: string;
  label: string;
  value: number | string | string[] | boolean;
  valueLabels?: string[];
  other?: string;
}
export interface SurveyPayload {
  campaign: string;
  surveyId: string;
  surveyTitle: string;
  kiosk: boolean;
  answers: SurveyAnswer[];
}

export interface EventSignupPayload {
  eventId: string;
  eventTitle: string;
  eventKind: string;
  eventStart: string;
  eventEnd: string;
  capacity?: number;
  name: string;
  contact: { channel: 'phone' | 'email'; value: string };
  seats: number;
  accessNeeds?: string;
  motivation?: string;
}

export interface SelfCheckDimension {
  id: string;
  label: string;
  notConcerned: boolean;
  level: 0 | 1 | 2 | 3 | 4;
  practices: Array<{ id: string; level: number; withUsers: boolean }>;
}
export interface SelfCheckPayload {
  assessedAt: string;
  mode: 'individual' | 'consensus';
  respondentRole?: string;
  dimensions: SelfCheckDimension[];
  aciLevel: 0 | 1 | 2;
  alibiWarnings: string[];
  obstacles: string[];
  actionPlan: Array<{ dimensionId: string; practiceId: string; label: string; who?: string; due?: string; means?: string }>;
}

export interface IdeaPayloadRead {
  theme: string;
  themeLabel: string;
  text: string;
  sentDespiteWarning?: boolean;
  participation?: { contact: string; consent: true; consentText: string };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

const answerTypes = new Set<AnswerType>(['rating', 'single', 'multiple', 'yesno', 'short-text', 'long-text']);

export function isSurveyAnswer(value: unknown): value is SurveyAnswer {
  if (!isObject(value) || !isString(value.questionId) || !isString(value.label) || !answerTypes.has(value.type as AnswerType)) return false;
  const v = value.value;
  switch (value.type as AnswerType) {
    case 'rating':
      return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;
    case 'multiple':
      return Array.isArray(v) && v.every(isString);
    case 'yesno':
      return typeof v === 'boolean';
    default:
      return isString(v);
  }
}

export function isSurveyPayload(value: unknown): value is SurveyPayload {
  return isObject(value) && isString(value.campaign) && Array.isArray(value.answers);
}

export function isEventSignupPayload(value: unknown): value is EventSignupPayload {
  return (
    isObject(value) &&
    isString(value.eventId) &&
    isString(value.eventTitle) &&
    isString(value.eventStart) &&
    typeof value.seats === 'number' &&
    isObject(value.contact) &&
    isString(value.contact.value)
  );
}

export function isSelfCheckPayload(value: unknown): value is SelfCheckPayload {
  return isObject(value) && isString(value.assessedAt) && Array.isArray(value.dimensions) && typeof value.aciLevel === 'number';
}

export function isIdeaPayload(value: unknown): value is IdeaPayloadRead {
  return isObject(value) && isString(value.theme) && isString(value.text);
}
