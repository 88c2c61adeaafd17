import type { ResultItem } from './sources.js';
import { isSurveyAnswer, isSurveyPayload, type AnswerType, type SurveyAnswer, type SurveyPayload } from './payloads.js';

/** One answer option and how many chose it; `share` is count / respondents of that question (0..1). */
export interface DistributionEntry {
  key: string;
  label: string;
  count: number;
  share: number;
}

/** A question's figures over the responses summarised. */
export interface QuestionSummary {
  questionId: string;
  label: string;
  type: AnswerType;
  section?: string | undefined;
  /** Responses that answered this question. */
  respondents: number;
  /** Closed questions: every option seen (ratings: 1 to 5, zeros included). */
  distribution: DistributionEntry[];
  /** Ratings only: 4 or 5 ("satisfait" or "très satisfait"). */
  satisfied?: { count: number; share: number } | undefined;
  /** Ratings only: the mean, 1..5. */
  average?: number | undefined;
  /** Open answers, and "autre, précisez" texts, in the order received. */
  texts: string[];
}

/** The summary of a set of survey responses (one campaign or all). */
export interface SurveySummary {
  /** Responses summarised. */
  responses: number;
  /** Items that were not readable survey payloads. */
  unreadable: number;
  questions: QuestionSummary[];
  /** The needs question (`needs`) ranked, most chosen first; empty when absent. */
  needs: DistributionEntry[];
}

/** One row of the per-campaign table. */
export interface CampaignRow {
  campaign: string;
  responses: number;
  /** Share of all rating answers of the campaign that are 4 or 5; undefined without ratings. */
  satisfiedShare: number | undefined;
}

export const NEEDS_QUESTION_ID = 'needs';
const ratingKeys = ['1', '2', '3', '4', '5'];

function surveyPayloads(items: readonly ResultItem[]): { payloads: SurveyPayload[]; unreadable: number } {
  const payloads: SurveyPayload[] = [];
  let unreadable = 0;
  for (const item of items) {
    if (item.kind !== 'survey') continue;
    if (isSurveyPayload(item.envelope.payload)) payloads.push(item.envelope.payload);
    else unreadable++;
  }
  return { payloads, unreadable };
}

/** Campaigns present, most recent name first ("2026-T4" before "2026-T3"), with their counts. */
export function campaignTable(items: readonly ResultItem[]): CampaignRow[] {
  const rows = new Map<string, { responses: number; ratings: number; satisfied: number }>();
  for (const payload of surveyPayloads(items).payloads) {
    const row = rows.get(payload.campaign) ?? { responses: 0, ratings: 0, satisfied: 0 };
    row.responses++;
    for (const answer of payload.answers) {
      if (answer?.type !== 'rating' || !isSurveyAnswer(answer)) continue;
      row.ratings++;
      if ((answer.value as number) >= 4) row.satisfied++;
    }
    rows.set(payload.campaign, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b.localeCompare(a, 'fr', { numeric: true }))
    .map(([campaign, row]) => ({ campaign, responses: row.responses, satisfiedShare: row.ratings ? row.satisfied / row.ratings : undefined }));
}

interface Tally {
  summary: QuestionSummary;
  counts: Map<string, { label: string; count: number }>;
  ratingSum: number;
  /** The last response (its 1-based number) that counted for this question. */
  lastResponse: number;
}

function count(tally: Tally, key: string, label: string): void {
  const entry = tally.counts.get(key);
  if (entry) entry.count++;
  else tally.counts.set(key, { label, count: 1 });
}

/**
 * Summarises survey responses, optionally of one campaign: per question the distribution, the share
 * satisfied (ratings 4–5) and the mean; open answers listed; the needs question ranked.
 * Questions keep the order they were first met in; one pass over the answers (10,000 responses: see
 * scripts/bench-results.ts).
 */
export function summariseSurveys(items: readonly ResultItem[], campaign?: string): SurveySummary {
  const { payloads, unreadable } = surveyPayloads(items);
  const tallies = new Map<string, Tally>();
  let responses = 0;
  for (const payload of payloads) {
    if (campaign !== undefined && payload.campaign !== campaign) continue;
    responses++;
    for (const answer of payload.answers) {
      if (!isSurveyAnswer(answer)) continue;
      let tally = tallies.get(answer.questionId);
      if (!tally) tallies.set(answer.questionId, (tally = newTally(answer)));
      // A question answered twice in one response counts once (a payload from elsewhere could repeat it).
      if (tally.lastResponse === responses) continue;
      tally.lastResponse = responses;
      countAnswer(tally, answer);
    }
  }
  const questions = [...tallies.values()].map(questionSummary);
  const needsQuestion = questions.find((q) => q.questionId === NEEDS_QUESTION_ID);
  const needs = needsQuestion ? [...needsQuestion.distribution].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr')) : [];
  return { responses, unreadable, questions, needs };
}

/** An empty tally for the question this answer is the first seen of (ratings list 1 to 5 even when unused). */
function newTally(answer: SurveyAnswer): Tally {
  return {
    summary: { questionId: answer.questionId, label: answer.label, type: answer.type, section: answer.section, respondents: 0, distribution: [], texts: [] },
    counts: new Map(answer.type === 'rating' ? ratingKeys.map((key) => [key, { label: key, count: 0 }]) : []),
    ratingSum: 0,
    lastResponse: -1,
  };
}

/** Counts one person's answer to the question. */
function countAnswer(tally: Tally, answer: SurveyAnswer): void {
  tally.summary.respondents++;
  switch (answer.type) {
    case 'rating':
      count(tally, String(answer.value), String(answer.value));
      tally.ratingSum += answer.value as number;
      break;
    case 'yesno':
      count(tally, answer.value ? 'yes' : 'no', answer.value ? 'oui' : 'non');
      break;
    case 'single':
      count(tally, answer.value as string, answer.valueLabels?.[0] ?? (answer.value as string));
      break;
    case 'multiple': {
      const values = answer.value as string[];
      for (let index = 0; index < values.length; index++) count(tally, values[index]!, answer.valueLabels?.[index] ?? values[index]!);
      break;
    }
    default: {
      const text = (answer.value as string).trim();
      if (text) tally.summary.texts.push(text);
    }
  }
  if (answer.other !== undefined && answer.type !== 'short-text' && answer.type !== 'long-text') {
    const other = answer.other.trim();
    if (other) tally.summary.texts.push(other);
  }
}

/** The question's figures from its tally: shares, and for ratings the satisfied (4–5) and the mean. */
function questionSummary({ summary, counts, ratingSum }: Tally): QuestionSummary {
  const n = summary.respondents;
  summary.distribution = [...counts.entries()].map(([key, { label, count }]) => ({ key, label, count, share: n ? count / n : 0 }));
  if (summary.type === 'rating') {
    const satisfied = (counts.get('4')?.count ?? 0) + (counts.get('5')?.count ?? 0);
    summary.satisfied = { count: satisfied, share: n ? satisfied / n : 0 };
    summary.average = n ? ratingSum / n : undefined;
  }
  return summary;
}

/** A share as a percentage with one decimal (2/3 → 66.7). */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** Share satisfied of each rating question, campaign by campaign (oldest first): the trend to show for the ACI. */
export interface SatisfactionTrend {
  campaigns: string[];
  questions: Array<{
    questionId: string;
    label: string;
    /** Per campaign, in `campaigns` order: share of 4–5 ratings (0..1), undefined when not asked. */
    shares: (number | undefined)[];
    /** Per campaign: how many rated this question. */
    respondents: number[];
  }>;
}

export function satisfactionByCampaign(items: readonly ResultItem[]): SatisfactionTrend {
  const campaigns = new Map<string, number>();
  const questions = new Map<string, { label: string; counts: Map<string, { rated: number; satisfied: number }> }>();
  for (const payload of surveyPayloads(items).payloads) {
    if (!campaigns.has(payload.campaign)) campaigns.set(payload.campaign, campaigns.size);
    const seen = new Set<string>();
    for (const answer of payload.answers) {
      if (answer?.type !== 'rating' || !isSurveyAnswer(answer) || seen.has(answer.questionId)) continue;
      seen.add(answer.questionId);
      let question = questions.get(answer.questionId);
      if (!question) questions.set(answer.questionId, (question = { label: answer.label, counts: new Map() }));
      const cell = question.counts.get(payload.campaign) ?? { rated: 0, satisfied: 0 };
      cell.rated++;
      if ((answer.value as number) >= 4) cell.satisfied++;
      question.counts.set(payload.campaign, cell);
    }
  }
  const order = [...campaigns.keys()].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
  return {
    campaigns: order,
    questions: [...questions.entries()].map(([questionId, { label, counts }]) => ({
      questionId,
      label,
      shares: order.map((campaign) => {
        const cell = counts.get(campaign);
        return cell ? cell.satisfied / cell.rated : undefined;
      }),
      respondents: order.map((campaign) => counts.get(campaign)?.rated ?? 0),
    })),
  };
}
