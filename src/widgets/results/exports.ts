import type { SubmissionKind } from '../../core/envelope.js';
import { localDay } from '../../core/envelope.js';
import { toCsv, type CsvValue } from './csv.js';
import type { EventSummary } from './events.js';
import type { IdeaRow } from './ideas.js';
import type { SelfCheckSummary } from './self-checks.js';
import type { ItemOrigin, ResultItem } from './sources.js';
import type { AnswerType } from './payloads.js';
import { percent, type QuestionSummary, type SurveySummary } from './survey-summary.js';

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
    /** Question types in words. */
    types: Record<AnswerType, string>;
    /** The words of the faces, 1 to 5. */
    ratings: readonly string[];
    yes: string;
    no: string;
    notConcerned: string;
  };
  /** The raw survey export: one row per response. */
  raw: { date: string; campaign: string; survey: string; kiosk: string; origin: string; other: string };
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
    /** Event kinds in words (an unknown kind is written with spaces for dashes). */
    kinds: Record<string, string>;
    channels: Record<string, string>;
    toNotify: string;
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
    /** Level names, 0 to 4. */
    levels: readonly string[];
  };
}

/** A table as exported: the CSV is written from it, and the .xlsx (typed cells) from the same rows. */
export interface ExportSheet {
  name: string;
  header: string[];
  rows: CsvValue[][];
}

/** A file to download. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
  /** Rows (CSV) or items (JSON) written. */
  count: number;
  /** The table behind a CSV (absent for JSON). */
  sheet?: ExportSheet | undefined;
}

const csvType = 'text/csv;charset=utf-8';
const jsonType = 'application/json;charset=utf-8';

/** `msp-<kind>[-<variant>]-<day>.<ext>`: one file per kind (and per variant: the raw survey answers). */
export function exportFilename(kind: SubmissionKind, format: 'csv' | 'json' | 'xlsx', now: Date, variant?: string): string {
  return `msp-${kind}${variant ? `-${variant}` : ''}-${localDay(now)}.${format}`;
}

/** A CSV file and the table it was written from. */
export function csvFileOf(kind: SubmissionKind, sheet: ExportSheet, now: Date, variant?: string): ExportFile {
  return { filename: exportFilename(kind, 'csv', now, variant), mimeType: csvType, content: toCsv(sheet.header, sheet.rows), count: sheet.rows.length, sheet };
}

/** A distribution entry in words: "4 – Bien", "Oui", or the option's label. */
export function answerWords(t: ExportText['survey'], question: Pick<QuestionSummary, 'type'>, key: string, label: string): string {
  if (question.type === 'rating') return `${key} – ${t.ratings[Number(key) - 1] ?? key}`;
  if (question.type === 'yesno') return key === 'yes' ? t.yes : t.no;
  return label;
}

/** An event kind in words: the team's label, else the id with spaces ("groupe-de-marche" → "Groupe de marche"). */
export function eventKindWords(t: ExportText['event'], kind: string): string {
  const spaced = kind.replace(/-/g, ' ');
  return t.kinds[kind] ?? spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Survey summary as shown: one line per answer option (words, not codes), then one per open answer. */
export function surveyCsv(summary: SurveySummary, campaign: string | undefined, text: ExportText, now: Date): ExportFile {
  const t = text.survey;
  const header = [t.campaign, t.section, t.question, t.type, t.answer, t.count, t.share, t.respondents, t.satisfied, t.average];
  const rows: CsvValue[][] = [];
  const campaignName = campaign ?? t.allCampaigns;
  for (const q of summary.questions) {
    const satisfied = q.satisfied ? percent(q.satisfied.share) : undefined;
    const type = t.types[q.type] ?? q.type;
    for (const entry of q.distribution) {
      rows.push([
        campaignName,
        q.section,
        q.label,
        type,
        answerWords(t, q, entry.key, entry.label),
        entry.count,
        percent(entry.share),
        q.respondents,
        satisfied,
        q.average,
      ]);
    }
    if (q.notConcerned)
      rows.push([
        campaignName,
        q.section,
        q.label,
        type,
        q.notConcernedLabel ?? t.notConcerned,
        q.notConcerned,
        undefined,
        q.respondents,
        undefined,
        undefined,
      ]);
    for (const answer of q.texts) rows.push([campaignName, q.section, q.label, t.openAnswer, answer, 1, undefined, q.respondents, undefined, undefined]);
  }
  return csvFileOf('survey', { name: campaignName, header, rows }, now);
}

/** Ideas as listed, with the team's answers. */
export function ideasCsv(rows: readonly IdeaRow[], statusLabel: (id: string) => string, includePersonal: boolean, text: ExportText, now: Date): ExportFile {
  const t = text.idea;
  const header = [t.date, t.theme, t.text, t.status, t.answer, t.answeredAt, t.published, t.origin, ...(includePersonal ? [t.contact] : [])];
  const lines = rows.map((row): CsvValue[] => [
    { date: row.date },
    row.themeLabel,
    row.text,
    statusLabel(row.status),
    row.answer,
    row.answeredAt ? { date: row.answeredAt } : undefined,
    row.publishText,
    text.origin[row.origin],
    ...(includePersonal ? [row.contact] : []),
  ]);
  return csvFileOf('idea', { name: t.text, header, rows: lines }, now);
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
        eventKindWords(t, event.eventKind),
        { date: event.start },
        { time: event.start },
        { time: event.end },
        event.capacity,
        { date: row.signedUpAt },
        row.seats,
        row.toNotify ? `${t.statuses[row.status]} (${t.toNotify})` : t.statuses[row.status],
        row.position,
        text.origin[row.origin],
      ];
      if (includePersonal) {
        const contact = row.contact.channel === 'phone' ? { phone: row.contact.value } : row.contact.value;
        line.push(row.name, t.channels[row.contact.channel] ?? row.contact.channel, contact, row.accessNeeds, row.motivation);
      }
      lines.push(line);
    }
  }
  return csvFileOf('event-signup', { name: t.title, header, rows: lines }, now);
}

/** Assessments, one line each, a column per dimension. */
export function selfChecksCsv(summary: SelfCheckSummary, text: ExportText, now: Date): ExportFile {
  const t = text.selfCheck;
  const header = [t.date, t.mode, t.role, ...summary.dimensions.map((d) => d.label), t.aci, t.obstacles, t.warnings, t.actions];
  const lines = summary.assessments.map((a): CsvValue[] => [
    { date: a.assessedAt },
    t.modes[a.mode] ?? a.mode,
    a.respondentRole,
    ...summary.dimensions.map((d) => {
      const level = a.levels[d.id];
      return level === null || level === undefined ? t.notConcerned : `${level} – ${t.levels[level] ?? ''}`;
    }),
    a.aciLevel,
    a.obstacles.length,
    a.alibiWarnings.length,
    a.actions,
  ]);
  return csvFileOf('self-check', { name: t.date, header, rows: lines }, now);
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
