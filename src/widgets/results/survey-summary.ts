import type { ResultItem } from './sources.js';
import { isSurveyAnswer, isSurveyPayload, type AnswerType, type SurveyAnswer, type SurveyPayload } from './payloads.js';
import { DEFAULT_QUESTION_ORDER, knownOptions, mergeOrder, SequenceSet } from './survey-order.js';

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
  /** People who answered "non concerné" (counted apart: never a rating, never in the shares). */
  notConcerned: number;
  /** The words they were shown for it ("Je n’ai pas essayé"), when the answers carry them. */
  notConcernedLabel?: string | undefined;
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

/** The satisfaction of one rating question: 4 or 5 ("Bien", "Très bien") among those who rated it. */
export interface QuestionSatisfaction {
  questionId: string;
  label: string;
  /** People who rated it. */
  rated: number;
  /** Of them, 4 or 5. */
  satisfied: number;
  share: number;
}

/** One row of the per-campaign table. */
export interface CampaignRow {
  campaign: string;
  responses: number;
  /**
   * The headline: the overall-satisfaction question of the campaign (`satisfaction-globale`, or a rating
   * question of the `global` section); undefined when the questionnaire has none.
   */
  overall: QuestionSatisfaction | undefined;
  /** Every rating of the campaign pooled (all questions together): said as such, never as "satisfaction". */
  pooled: { ratings: number; satisfied: number; questions: number; share: number } | undefined;
  /** The headline share: the overall question's, else the pooled one; undefined without ratings. */
  satisfiedShare: number | undefined;
}

/** Question ids that ask the overall satisfaction (the default questionnaire's, and the older fixture name). */
export const OVERALL_QUESTION_IDS: readonly string[] = ['satisfaction-globale', 'global'];
/** The section that holds the overall question in the default questionnaire. */
const OVERALL_SECTION = 'global';

export const NEEDS_QUESTION_ID = 'needs';
/** The option id of "autre, précisez" (src/contracts/survey.ts). */
const OTHER_OPTION = 'autre';
const ratingKeys = ['1', '2', '3', '4', '5'];

/** The item's survey payload; undefined for another kind, or a payload that is not a readable survey. */
function surveyPayload(item: ResultItem): SurveyPayload | undefined {
  return item.kind === 'survey' && isSurveyPayload(item.envelope.payload) ? item.envelope.payload : undefined;
}

/** True when the answer is "non concerné" (`notConcerned: true`, additive in 2026-11): not a rating, not a choice. */
export function isNotConcerned(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && (answer as { notConcerned?: unknown }).notConcerned === true;
}

/** The overall-satisfaction question among these rating question ids and sections, if any. */
export function overallQuestionId(questions: ReadonlyArray<{ questionId: string; section?: string | undefined }>): string | undefined {
  return OVERALL_QUESTION_IDS.find((id) => questions.some((q) => q.questionId === id)) ?? questions.find((q) => q.section === OVERALL_SECTION)?.questionId;
}

interface CampaignTally {
  responses: number;
  ratings: Map<string, { label: string; section?: string | undefined; rated: number; satisfied: number }>;
}

/** Campaigns present, most recent name first ("2026-T4" before "2026-T3"), with the headline share of each. */
export function campaignTable(items: readonly ResultItem[]): CampaignRow[] {
  const table = new CampaignTableBuilder();
  for (const item of items) table.add(item);
  return table.rows();
}

/** `campaignTable` one response at a time (see chunks.ts): the same rows once every item is added. */
export class CampaignTableBuilder {
  private readonly tallies = new Map<string, CampaignTally>();

  add(item: ResultItem): void {
    const payload = surveyPayload(item);
    if (!payload) return;
    const row = this.tallies.get(payload.campaign) ?? { responses: 0, ratings: new Map() };
    row.responses++;
    const seen = new Set<string>();
    for (const answer of payload.answers) {
      if (answer?.type !== 'rating' || isNotConcerned(answer) || !isSurveyAnswer(answer) || seen.has(answer.questionId)) continue;
      seen.add(answer.questionId);
      const cell = row.ratings.get(answer.questionId) ?? { label: answer.label, section: answer.section, rated: 0, satisfied: 0 };
      cell.rated++;
      if ((answer.value as number) >= 4) cell.satisfied++;
      row.ratings.set(answer.questionId, cell);
    }
    this.tallies.set(payload.campaign, row);
  }

  rows(): CampaignRow[] {
    return [...this.tallies.entries()].sort(([a], [b]) => b.localeCompare(a, 'fr', { numeric: true })).map(([campaign, row]) => campaignRow(campaign, row));
  }
}

function campaignRow(campaign: string, { responses, ratings }: CampaignTally): CampaignRow {
  const questions = [...ratings.entries()].map(([questionId, cell]) => ({ questionId, ...cell }));
  const overallId = overallQuestionId(questions);
  const cell = overallId === undefined ? undefined : ratings.get(overallId);
  const overall = cell && { questionId: overallId!, label: cell.label, rated: cell.rated, satisfied: cell.satisfied, share: cell.satisfied / cell.rated };
  let rated = 0;
  let satisfied = 0;
  for (const q of questions) {
    rated += q.rated;
    satisfied += q.satisfied;
  }
  const pooled = rated ? { ratings: rated, satisfied, questions: questions.length, share: satisfied / rated } : undefined;
  return { campaign, responses, overall, pooled, satisfiedShare: overall?.share ?? pooled?.share };
}

/** The rating questions of a summary, most satisfied first (then the higher mean, then the questionnaire's order). */
export function rankBySatisfaction(summary: SurveySummary): Array<QuestionSatisfaction & { average: number | undefined }> {
  return summary.questions
    .filter((q) => q.type === 'rating' && q.satisfied && q.respondents > 0)
    .map((q) => ({
      questionId: q.questionId,
      label: q.label,
      rated: q.respondents,
      satisfied: q.satisfied!.count,
      share: q.satisfied!.share,
      average: q.average,
    }))
    .sort((a, b) => b.share - a.share || (b.average ?? 0) - (a.average ?? 0));
}

interface Tally {
  summary: QuestionSummary;
  counts: Map<string, { label: string; count: number }>;
  /** The orders options were chosen in (multiple choice lists them in the questionnaire's order). */
  optionOrders: SequenceSet;
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
 * satisfied (ratings 4–5) and the mean; open answers listed; the needs question ranked. Questions and
 * options follow the questionnaire's order, rebuilt from the responses (see survey-order.ts); one pass
 * over the answers (10,000 responses: see scripts/bench-results.ts).
 */
export function summariseSurveys(items: readonly ResultItem[], campaign?: string): SurveySummary {
  const summary = new SurveySummaryBuilder(campaign);
  for (const item of items) summary.add(item);
  return summary.result();
}

/** `summariseSurveys` one response at a time (see chunks.ts): the same summary once every item is added. */
export class SurveySummaryBuilder {
  private readonly tallies = new Map<string, Tally>();
  private readonly questionOrders = new SequenceSet();
  private responses = 0;
  private unreadable = 0;

  /** @param campaign Only this campaign's responses (all when undefined). */
  constructor(private readonly campaign?: string) {}

  add(item: ResultItem): void {
    if (item.kind !== 'survey') return;
    const payload = surveyPayload(item);
    if (!payload) return void this.unreadable++;
    if (this.campaign !== undefined && payload.campaign !== this.campaign) return;
    const response = ++this.responses;
    const asked: string[] = [];
    for (const answer of payload.answers) {
      const notConcerned = isNotConcerned(answer);
      if (!notConcerned && !isSurveyAnswer(answer)) continue;
      let tally = this.tallies.get(answer.questionId);
      if (!tally) this.tallies.set(answer.questionId, (tally = newTally(answer)));
      // A question answered twice in one response counts once (a payload from elsewhere could repeat it).
      if (tally.lastResponse === response) continue;
      tally.lastResponse = response;
      asked.push(answer.questionId);
      if (notConcerned) countNotConcerned(tally, answer);
      else countAnswer(tally, answer);
    }
    this.questionOrders.add(asked);
  }

  result(): SurveySummary {
    const order = mergeOrder(this.questionOrders.values(), DEFAULT_QUESTION_ORDER);
    const questions = order.map((id) => questionSummary(this.tallies.get(id)!));
    const needsQuestion = questions.find((q) => q.questionId === NEEDS_QUESTION_ID);
    const needs = needsQuestion ? [...needsQuestion.distribution].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr')) : [];
    return { responses: this.responses, unreadable: this.unreadable, questions, needs };
  }
}

/** An empty tally for the question this answer is the first seen of (ratings list 1 to 5 even when unused). */
function newTally(answer: SurveyAnswer): Tally {
  return {
    summary: {
      questionId: answer.questionId,
      label: answer.label,
      type: answer.type,
      section: answer.section,
      respondents: 0,
      distribution: [],
      texts: [],
      notConcerned: 0,
    },
    counts: new Map(
      answer.type === 'rating'
        ? ratingKeys.map((key) => [key, { label: key, count: 0 }])
        : answer.type === 'yesno'
          ? [
              ['yes', { label: 'oui', count: 0 }],
              ['no', { label: 'non', count: 0 }],
            ]
          : [],
    ),
    optionOrders: new SequenceSet(),
    ratingSum: 0,
    lastResponse: -1,
  };
}

/** "Non concerné": counted apart, with the words the person saw. */
function countNotConcerned(tally: Tally, answer: SurveyAnswer): void {
  tally.summary.notConcerned++;
  tally.summary.notConcernedLabel ??= answer.valueLabels?.[0];
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
      tally.optionOrders.add(values);
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

/**
 * The options in the questionnaire's order, zero included: the default questionnaire's options when
 * every option chosen is one of them, else the options chosen in the order the responses give.
 */
function orderedOptions({ summary, counts, optionOrders }: Tally): Array<[string, { label: string; count: number }]> {
  if (summary.type === 'rating' || summary.type === 'yesno') return [...counts.entries()];
  const known = knownOptions(summary.questionId);
  if (known && [...counts.keys()].every((key) => known.some(([id]) => id === key))) {
    return known.map(([id, label]) => [id, counts.get(id) ?? { label, count: 0 }]);
  }
  // "Autre, précisez" closes the list, as in every questionnaire.
  const order = mergeOrder([...optionOrders.values(), [...counts.keys()]]);
  return [...order.filter((key) => key !== OTHER_OPTION), ...order.filter((key) => key === OTHER_OPTION)].map((key) => [key, counts.get(key)!]);
}

/**
 * The question's figures from its tally: shares, and for ratings the satisfied (4–5) and the mean. A
 * copy: the tally may go on counting (a read under way) without changing a summary already given.
 */
function questionSummary(tally: Tally): QuestionSummary {
  const { summary, counts, ratingSum } = tally;
  const n = summary.respondents;
  const question: QuestionSummary = { ...summary, texts: summary.texts.slice() };
  question.distribution = orderedOptions(tally).map(([key, { label, count }]) => ({ key, label, count, share: n ? count / n : 0 }));
  if (summary.type === 'rating') {
    const satisfied = (counts.get('4')?.count ?? 0) + (counts.get('5')?.count ?? 0);
    question.satisfied = { count: satisfied, share: n ? satisfied / n : 0 };
    question.average = n ? ratingSum / n : undefined;
  }
  return question;
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
  const trend = new TrendBuilder();
  for (const item of items) trend.add(item);
  return trend.result();
}

/** `satisfactionByCampaign` one response at a time (see chunks.ts): the same trend once every item is added. */
export class TrendBuilder {
  private readonly campaigns = new Map<string, number>();
  private readonly questions = new Map<string, { label: string; counts: Map<string, { rated: number; satisfied: number }> }>();
  private readonly orders = new SequenceSet();

  add(item: ResultItem): void {
    const payload = surveyPayload(item);
    if (!payload) return;
    if (!this.campaigns.has(payload.campaign)) this.campaigns.set(payload.campaign, this.campaigns.size);
    const seen = new Set<string>();
    this.orders.add(payload.answers.filter((answer) => answer?.type === 'rating').map((answer) => answer.questionId));
    for (const answer of payload.answers) {
      if (answer?.type !== 'rating' || isNotConcerned(answer) || !isSurveyAnswer(answer) || seen.has(answer.questionId)) continue;
      seen.add(answer.questionId);
      let question = this.questions.get(answer.questionId);
      if (!question) this.questions.set(answer.questionId, (question = { label: answer.label, counts: new Map() }));
      const cell = question.counts.get(payload.campaign) ?? { rated: 0, satisfied: 0 };
      cell.rated++;
      if ((answer.value as number) >= 4) cell.satisfied++;
      question.counts.set(payload.campaign, cell);
    }
  }

  result(): SatisfactionTrend {
    const order = [...this.campaigns.keys()].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
    return {
      campaigns: order,
      questions: mergeOrder(this.orders.values(), DEFAULT_QUESTION_ORDER)
        .filter((id) => this.questions.has(id))
        .map((questionId) => [questionId, this.questions.get(questionId)!] as const)
        .map(([questionId, { label, counts }]) => ({
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
}

/**
 * Every figure the survey panel shows, counted one response at a time as a read arrives (issue 16):
 * the campaigns' table, the trend, and the summary of each campaign and of all of them. At any
 * moment its figures are those of the responses added so far, the same as the functions above
 * over them (`campaignTable`, `satisfactionByCampaign`, `summariseSurveys`); adding costs a few
 * microseconds per response, so the panel fills in while the responses are read and is complete
 * when the last one is in, whatever campaign is chosen.
 */
export class SurveyFiguresBuilder {
  private readonly table = new CampaignTableBuilder();
  private readonly trends = new TrendBuilder();
  private readonly all = new SurveySummaryBuilder();
  private readonly byCampaign = new Map<string, SurveySummaryBuilder>();
  private unreadable = 0;

  add(item: ResultItem): void {
    if (item.kind !== 'survey') return;
    this.table.add(item);
    this.trends.add(item);
    this.all.add(item);
    const payload = surveyPayload(item);
    if (!payload) return void this.unreadable++;
    let campaign = this.byCampaign.get(payload.campaign);
    if (!campaign) this.byCampaign.set(payload.campaign, (campaign = new SurveySummaryBuilder(payload.campaign)));
    campaign.add(item);
  }

  campaigns(): CampaignRow[] {
    return this.table.rows();
  }

  trend(): SatisfactionTrend {
    return this.trends.result();
  }

  /** One campaign's summary (all campaigns when undefined); unreadable items counted over all, as `summariseSurveys` does. */
  summary(campaign: string | undefined): SurveySummary {
    if (campaign === undefined) return this.all.result();
    const summary = (this.byCampaign.get(campaign) ?? new SurveySummaryBuilder(campaign)).result();
    return { ...summary, unreadable: this.unreadable };
  }

  /** The campaigns seen so far (those `summary` has figures for). */
  campaignNames(): string[] {
    return [...this.byCampaign.keys()];
  }
}
