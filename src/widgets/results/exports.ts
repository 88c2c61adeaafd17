import type { SubmissionKind } from '../../core/envelope.js';
import { localDay } from '../../core/envelope.js';
import { frenchDate, frenchTime, toCsv, type CsvValue } from './csv.js';
import type { EventSummary } from './events.js';
import type { IdeaRow } from './ideas.js';
import type { SelfCheckSummary } from './self-checks.js';
import type { ItemOrigin, ResultItem } from './sources.js';
import { percent, type SurveySummary } from './survey-summary.js';

// What is exported is what is shown: each function takes the rows the view shows (filters applied).
// Personal data (names, contacts, access needs, motivations) only when the team ticks the box.

/** Column names and values written in the files, in the view's language. */
export interface ExportText {
  origin: Record<ItemOrigin, string>;
  survey: {
    campaign: string;
    question: string;
    section: string;
    type: string;
    answer: string;
    count: string;
    share: string;
    respondents: string;
    satisfied: string;
    average: string;
    openAnswer: string;
    allCampaigns: string;
  };
  idea: { date: string; theme: string; text: string; status: string; answer: string; answeredAt: string; published: string; origin: string; contact: string };
  event: {
    title: string;
    kind: string;
    date: string;
    start: string;
    end: string;
    capacity: string;
    signedUpAt: string;
    seats: string;
    status: string;
    position: string;
    origin: string;
    name: string;
    channel: string;
    contact: string;
    accessNeeds: string;
    motivation: string;
    statuses: Record<'confirmed' | 'waiting' | 'unsent' | 'cancelled', string>;
  };
  selfCheck: {
    date: string;
    mode: string;
    role: string;
    aci: string;
    obstacles: string;
    warnings: string;
    actions: string;
    notConcerned: string;
    modes: Record<'individual' | 'consensus', string>;
  };
}

/** A file to download. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
  /** Rows (CSV) or items (JSON) written. */
  count: number;
}

const csvType = 'text/csv;charset=utf-8';
const jsonType = 'application/json;charset=utf-8';

/** `msp-<kind>-<day>.<ext>`: one file per kind. */
export function exportFilename(kind: SubmissionKind, format: 'csv' | 'json', now: Date): string {
  return `msp-${kind}-${localDay(now)}.${format}`;
}

/** Survey summary as shown: one line per answer option, then one per open answer. */
export function surveyCsv(summary: SurveySummary, campaign: string | undefined, text: ExportText, now: Date): ExportFile {
  const t = text.survey;
  const header = [t.campaign, t.section, t.question, t.type, t.answer, t.count, t.share, t.respondents, t.satisfied, t.average];
  const rows: CsvValue[][] = [];
  const campaignName = campaign ?? t.allCampaigns;
  for (const q of summary.questions) {
    const satisfied = q.satisfied ? percent(q.satisfied.share) : undefined;
    for (const entry of q.distribution) {
      rows.push([campaignName, q.section, q.label, q.type, entry.label, entry.count, percent(entry.share), q.respondents, satisfied, q.average]);
    }
    for (const answer of q.texts) rows.push([campaignName, q.section, q.label, t.openAnswer, answer, 1, undefined, q.respondents, undefined, undefined]);
  }
  return { filename: exportFilename('survey', 'csv', now), mimeType: csvType, content: toCsv(header, rows), count: rows.length };
}

/** Ideas as listed, with the team's answers. */
export function ideasCsv(rows: readonly IdeaRow[], statusLabel: (id: string) => string, includePersonal: boolean, text: ExportText, now: Date): ExportFile {
  const t = text.idea;
  const header = [t.date, t.theme, t.text, t.status, t.answer, t.answeredAt, t.published, t.origin, ...(includePersonal ? [t.contact] : [])];
  const lines = rows.map((row): CsvValue[] => [
    frenchDate(row.date),
    row.themeLabel,
    row.text,
    statusLabel(row.status),
    row.answer,
    row.answeredAt ? frenchDate(row.answeredAt) : undefined,
    row.publishText,
    text.origin[row.origin],
    ...(includePersonal ? [row.contact] : []),
  ]);
  return { filename: exportFilename('idea', 'csv', now), mimeType: csvType, content: toCsv(header, lines), count: lines.length };
}

/** Signups, one line each, grouped by event as shown. */
export function eventsCsv(events: readonly EventSummary[], includePersonal: boolean, text: ExportText, now: Date): ExportFile {
  const t = text.event;
  const header = [t.title, t.kind, t.date, t.start, t.end, t.capacity, t.signedUpAt, t.seats, t.status, t.position, t.origin];
  if (includePersonal) header.push(t.name, t.channel, t.contact, t.accessNeeds, t.motivation);
  const lines: CsvValue[][] = [];
  for (const event of events) {
    for (const row of event.rows) {
      const line: CsvValue[] = [
        event.title,
        event.eventKind,
        frenchDate(event.start),
        frenchTime(event.start),
        frenchTime(event.end),
        event.capacity,
        frenchDate(row.signedUpAt),
        row.seats,
        t.statuses[row.status],
        row.position,
        text.origin[row.origin],
      ];
      if (includePersonal) line.push(row.name, row.contact.channel, row.contact.value, row.accessNeeds, row.motivation);
      lines.push(line);
    }
  }
  return { filename: exportFilename('event-signup', 'csv', now), mimeType: csvType, content: toCsv(header, lines), count: lines.length };
}

/** Assessments, one line each, a column per dimension. */
export function selfChecksCsv(summary: SelfCheckSummary, text: ExportText, now: Date): ExportFile {
  const t = text.selfCheck;
  const header = [t.date, t.mode, t.role, ...summary.dimensions.map((d) => d.label), t.aci, t.obstacles, t.warnings, t.actions];
  const lines = summary.assessments.map((a): CsvValue[] => [
    frenchDate(a.assessedAt),
    t.modes[a.mode] ?? a.mode,
    a.respondentRole,
    ...summary.dimensions.map((d) => {
      const level = a.levels[d.id];
      return level === null ? t.notConcerned : level;
    }),
    a.aciLevel,
    a.obstacles.length,
    a.alibiWarnings.length,
    a.actions,
  ]);
  return { filename: exportFilename('self-check', 'csv', now), mimeType: csvType, content: toCsv(header, lines), count: lines.length };
}

/** Removes what identifies a person from a payload (signup: name, contact, needs, motivation; idea: participation). */
export function withoutPersonalData(item: ResultItem): ResultItem {
  const payload = { ...item.envelope.payload };
  if (item.kind === 'event-signup') {
    delete payload.name;
    delete payload.contact;
    delete payload.accessNeeds;
    delete payload.motivation;
  }
  if (item.kind === 'idea') delete payload.participation;
  return { ...item, envelope: { ...item.envelope, payload } };
}

/** The items shown, as JSON: envelopes with their origin and receipt, and any summary the view computed. */
export function jsonExport(
  kind: SubmissionKind,
  items: readonly ResultItem[],
  options: { includePersonal: boolean; structure?: string | undefined; filters?: Record<string, unknown>; summary?: unknown; now: Date },
): ExportFile {
  const shown = options.includePersonal ? items : items.map(withoutPersonalData);
  const body = {
    kind,
    exportedAt: options.now.toISOString(),
    ...(options.structure ? { structure: options.structure } : {}),
    filters: options.filters ?? {},
    personalDataIncluded: options.includePersonal,
    count: shown.length,
    ...(options.summary === undefined ? {} : { summary: options.summary }),
    items: shown.map((item) => ({ ...item.envelope, receivedAt: item.receivedAt, origin: item.origin })),
  };
  return { filename: exportFilename(kind, 'json', options.now), mimeType: jsonType, content: JSON.stringify(body, null, 2), count: shown.length };
}
