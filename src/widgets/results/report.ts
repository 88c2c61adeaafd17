// Reporting back (HAS 2023, fiche 1: results are "toujours à restituer… dans un format accessible"):
// what the waiting-room poster "Vous avez dit, nous avons fait" and the yearly summary for the ACI
// report (indicator "implication des usagers") hold, worked out from what the view already read.
// Pure functions: the views draw them, the exports write them, the unit tests count them by hand.
import { RECEIVED_STATUS } from '../../contracts/idea.js';
import type { EventSummary } from './events.js';
import type { IdeaRow } from './ideas.js';
import type { SelfCheckSummary } from './self-checks.js';
import type { ResultItem } from './sources.js';
import { campaignTable, summariseSurveys, type QuestionSatisfaction } from './survey-summary.js';

/** What the reports are worked out from: the loaded set, as the panels read it. */
export interface ReportInput {
  /** Survey items (any origin: refused ones are left out here). */
  surveys: readonly ResultItem[];
  /** Ideas with the team's answers. */
  ideas: readonly IdeaRow[];
  events: readonly EventSummary[];
  selfChecks: SelfCheckSummary;
}

const parisYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric' });

/**
 * The calendar year of a day or a time: as written when it carries its own day (`2026-12-03`,
 * `2026-12-03T14:00:00+01:00`); a UTC instant (`…Z`) in Paris time, where the structure is.
 */
export function yearOf(iso: string): number {
  if (/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:[+-]\d{2}:\d{2})?)?$/.test(iso)) return Number(iso.slice(0, 4));
  // An instant far from New Year is in the same year in Paris (UTC+1 or +2): no date formatting, which
  // costs microseconds per call (100,000 responses read their year at every render otherwise).
  if (/^\d{4}-\d{2}-\d{2}T/.test(iso) && !/^\d{4}-(?:12-31|01-01)/.test(iso)) return Number(iso.slice(0, 4));
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? Number(iso.slice(0, 4)) : Number(parisYear.format(date));
}

/** Survey responses received (a response the endpoint refused was never received). */
const received = (items: readonly ResultItem[]) => items.filter((item) => item.kind === 'survey' && item.origin !== 'rejected');

/** The day a team answer counts from: the day it was written, else the day the idea came in. */
const answerYear = (row: IdeaRow) => yearOf(row.answeredAt ?? row.date);

/** True when the team wrote the person an answer (a status alone is not an answer). */
export const answered = (row: IdeaRow) => row.answer.trim() !== '' && row.origin !== 'rejected';

/** Years that hold something to report, most recent first; `current` always (a poster for this year). */
export function reportYears(input: ReportInput, current: number): number[] {
  const years = new Set<number>([current]);
  for (const item of received(input.surveys)) years.add(yearOf(item.envelope.createdAt));
  for (const row of input.ideas) {
    if (row.origin === 'rejected') continue;
    years.add(yearOf(row.date));
    if (answered(row)) years.add(answerYear(row));
  }
  for (const event of input.events) years.add(yearOf(event.start));
  for (const assessment of input.selfChecks.assessments) years.add(yearOf(assessment.assessedAt));
  return [...years].filter((year) => Number.isFinite(year)).sort((a, b) => b - a);
}

// ---------------------------------------------------------------------------------------------
// The poster

/** One big figure: "8 personnes sur 10 trouvent l'accueil bien ou très bien". */
export interface PosterFigure {
  questionId: string;
  type: 'rating' | 'yesno';
  /** The question as asked (the words when the catalogue has no plain sentence for it). */
  label: string;
  /** The figure said: `count` people out of `outOf` (10 once 10 or more answered). */
  count: number;
  outOf: number;
  /** People who answered the question ("non concerné" left out). */
  respondents: number;
}

/** One answered idea: what the person said (only if the team chose to publish it), and the answer. */
export interface PosterIdea {
  id: string;
  themeLabel: string;
  /** The idea's words, shortened; absent when the team did not publish them. */
  text?: string | undefined;
  status: string;
  answer: string;
}

/** One action the team decided (its latest self-check's action plan). */
export interface PosterAction {
  label: string;
  /** When it is due (YYYY-MM or YYYY-MM-DD), when the team said. */
  due?: string | undefined;
}

export interface PosterContent {
  year: number;
  /** Survey responses received that year. */
  responses: number;
  figures: PosterFigure[];
  ideas: PosterIdea[];
  /** Answered ideas that did not fit on the page. */
  moreIdeas: number;
  actions: PosterAction[];
}

/** How much one A4 page holds in large type, and how few answers make a figure worth printing. */
export interface PosterLimits {
  figures: number;
  ideas: number;
  actions: number;
  /** Fewer people than this to a question: no figure ("1 personne sur 2" says nothing, and may point at someone). */
  minRespondents: number;
  ideaChars: number;
  answerChars: number;
}

export const posterLimits: PosterLimits = { figures: 4, ideas: 4, actions: 3, minRespondents: 5, ideaChars: 120, answerChars: 160 };

/** `count` of `total` as people out of 10 once 10 or more answered (rounded), else as counted. */
export function outOfTen(count: number, total: number): { count: number; outOf: number } {
  if (total < 10) return { count, outOf: total };
  return { count: Math.round((10 * count) / total), outOf: 10 };
}

/** Text cut at a word before `max` characters, with "…" when cut; spaces run together. */
export function shorten(text: string, max: number): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The order answered ideas go on the poster: done, then planned, then not taken up (with the reason), then the team's own statuses. */
const statusRank = (status: string) => ['realisee', 'retenue', 'non-retenue'].indexOf(status) + 1 || 4;

/**
 * The overall question first (the one people read first), then the others in the questionnaire's
 * order: the poster does not pick the best scores, it shows them as they come. Ratings count "Bien"
 * and "Très bien" (4–5, the words under the faces the person chose from); yes/no count "oui".
 */
function posterFigures(items: readonly ResultItem[], limits: PosterLimits): PosterFigure[] {
  const summary = summariseSurveys(items);
  const figures: PosterFigure[] = [];
  for (const question of summary.questions) {
    if ((question.type !== 'rating' && question.type !== 'yesno') || question.respondents < limits.minRespondents) continue;
    const yes = question.type === 'rating' ? question.satisfied!.count : (question.distribution.find((entry) => entry.key === 'yes')?.count ?? 0);
    figures.push({
      questionId: question.questionId,
      type: question.type,
      label: question.label,
      respondents: question.respondents,
      ...outOfTen(yes, question.respondents),
    });
  }
  const overall = campaignTable(items)
    .map((row) => row.overall)
    .find((row): row is QuestionSatisfaction => row !== undefined)?.questionId;
  const first = figures.filter((figure) => figure.questionId === overall);
  return [...first, ...figures.filter((figure) => figure.questionId !== overall)].slice(0, limits.figures);
}

/** The poster of a year: that year's survey figures, the ideas answered that year, the actions decided. */
export function posterContent(input: ReportInput, year: number, limits: PosterLimits = posterLimits): PosterContent {
  const surveys = received(input.surveys).filter((item) => yearOf(item.envelope.createdAt) === year);
  const ideas = input.ideas
    .filter((row) => answered(row) && row.status !== RECEIVED_STATUS && answerYear(row) === year)
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || (b.answeredAt ?? b.date).localeCompare(a.answeredAt ?? a.date));
  return {
    year,
    // Readable responses (an item that is not a survey payload is counted apart by the survey panel).
    responses: summariseSurveys(surveys).responses,
    figures: posterFigures(surveys, limits),
    ideas: ideas.slice(0, limits.ideas).map((row) => ({
      id: row.id,
      themeLabel: row.themeLabel,
      text: row.publishText && row.text.trim() ? shorten(row.text, limits.ideaChars) : undefined,
      status: row.status,
      answer: shorten(row.answer, limits.answerChars),
    })),
    moreIdeas: Math.max(0, ideas.length - limits.ideas),
    actions: latestPlan(input.selfChecks, year).slice(0, limits.actions),
  };
}

/** The action plan of the team's latest self-check up to the end of `year` (what it decided last). */
function latestPlan(summary: SelfCheckSummary, year: number): PosterAction[] {
  const latest = summary.assessments.filter((a) => yearOf(a.assessedAt) <= year && a.plan.length).at(-1);
  return latest ? latest.plan.map((step) => ({ label: shorten(step.label, 160), due: step.due })) : [];
}

// ---------------------------------------------------------------------------------------------
// The yearly summary (ACI report)

export interface CampaignFigures {
  campaign: string;
  responses: number;
  /** The overall question's "Bien" or "Très bien", when the campaign asked it. */
  overall?: { satisfied: number; rated: number } | undefined;
}

export interface EventFigures {
  title: string;
  start: string;
  /** Signups holding a place or waiting (cancelled ones left out). */
  signups: number;
  seatsConfirmed: number;
  /** The event took place before the summary's day. */
  held: boolean;
}

export interface DimensionFigures {
  id: string;
  label: string;
  /** The level before the year (the last assessment before it), else at its first assessment. */
  before: number | null | undefined;
  now: number | null | undefined;
}

export interface YearlySummary {
  year: number;
  surveys: { campaigns: CampaignFigures[]; responses: number };
  ideas: {
    received: number;
    /** Of those received, how many have the team's answer. */
    answered: number;
    /** Of those received, by status (the idea's status now), in the statuses' order. */
    byStatus: Array<{ status: string; count: number }>;
    /** Answers written during the year (to ideas of any year). */
    answersWritten: number;
  };
  events: { list: EventFigures[]; held: number; planned: number; signups: number; seatsConfirmed: number };
  selfCheck: {
    assessments: number;
    /** The ACI level supported by the last assessment of the year. */
    aciLevel?: number | undefined;
    /** The ACI level before: the last assessment of an earlier year, else the year's first. */
    aciBefore?: number | undefined;
    /** Day of the assessment compared with ("before"). */
    beforeDay?: string | undefined;
    lastDay?: string | undefined;
    dimensions: DimensionFigures[];
  };
}

/** The summary of a year for the ACI report. `today` (YYYY-MM-DD) tells held events from planned ones. */
export function yearlySummary(input: ReportInput, year: number, today: string, statusOrder: readonly string[] = []): YearlySummary {
  const surveys = received(input.surveys).filter((item) => yearOf(item.envelope.createdAt) === year);
  const campaigns = campaignTable(surveys)
    .map((row) => ({
      campaign: row.campaign,
      responses: row.responses,
      overall: row.overall && { satisfied: row.overall.satisfied, rated: row.overall.rated },
    }))
    .reverse();
  const ideas = input.ideas.filter((row) => row.origin !== 'rejected' && yearOf(row.date) === year);
  const counts = new Map<string, number>();
  for (const row of ideas) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const rank = (status: string) => (statusOrder.includes(status) ? statusOrder.indexOf(status) : statusOrder.length);
  const events = input.events
    .filter((event) => yearOf(event.start) === year)
    .map((event) => ({
      title: event.title,
      start: event.start,
      signups: event.signups,
      seatsConfirmed: event.seatsConfirmed,
      held: event.start.slice(0, 10) < today,
    }));
  return {
    year,
    surveys: { campaigns, responses: campaigns.reduce((sum, row) => sum + row.responses, 0) },
    ideas: {
      received: ideas.length,
      answered: ideas.filter(answered).length,
      byStatus: [...counts].map(([status, count]) => ({ status, count })).sort((a, b) => rank(a.status) - rank(b.status)),
      answersWritten: input.ideas.filter((row) => answered(row) && row.answeredAt && yearOf(row.answeredAt) === year).length,
    },
    events: {
      list: events,
      held: events.filter((event) => event.held).length,
      planned: events.filter((event) => !event.held).length,
      signups: events.reduce((sum, event) => sum + event.signups, 0),
      seatsConfirmed: events.reduce((sum, event) => sum + event.seatsConfirmed, 0),
    },
    selfCheck: selfCheckFigures(input.selfChecks, year),
  };
}

/** The year's assessments: the level at the last one, and the progress since the last one before the year (else the year's first). */
function selfCheckFigures(summary: SelfCheckSummary, year: number): YearlySummary['selfCheck'] {
  const all = summary.assessments;
  const inYear = all.filter((a) => yearOf(a.assessedAt) === year);
  const last = inYear.at(-1);
  if (!last) return { assessments: 0, dimensions: [] };
  const earlier = all.filter((a) => yearOf(a.assessedAt) < year).at(-1);
  const before = earlier ?? (inYear.length > 1 ? inYear[0] : undefined);
  return {
    assessments: inYear.length,
    aciLevel: last.aciLevel,
    aciBefore: before?.aciLevel,
    beforeDay: before?.assessedAt,
    lastDay: last.assessedAt,
    dimensions: summary.dimensions
      .filter((d) => d.id in last.levels || (before && d.id in before.levels))
      .map((d) => ({ id: d.id, label: d.label, before: before ? before.levels[d.id] : undefined, now: last.levels[d.id] })),
  };
}
