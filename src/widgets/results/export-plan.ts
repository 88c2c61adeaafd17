import type { SubmissionKind } from '../../core/envelope.js';
import { eventsCsv, ideasCsv, jsonExport, selfChecksCsv, surveyCsv, type ExportFile, type ExportText } from './exports.js';
import { surveyRawCsv } from './survey-raw.js';
import { buildIdeaFeed, filterIdeas, type FeedOptions, type IdeaRow } from './ideas.js';
import { shownItems, type ResultsData } from './results-data.js';
import type { PanelView } from './results.state.js';
import type { ResultItem } from './sources.js';

/** The kinds whose files may carry personal data (names, contacts), only when the team asks. */
export const personalKinds: ReadonlySet<SubmissionKind> = new Set(['idea', 'event-signup']);

export interface ExportOptions {
  /** 'xlsx' plans the CSV's table; the controller writes it as .xlsx (typed cells). */
  format: 'csv' | 'json' | 'xlsx';
  /** Surveys: one row per response (the raw answers in words) rather than the summary. */
  raw?: boolean | undefined;
  /** The team ticked "include personal data" (ignored for kinds that have none). */
  includePersonal: boolean;
  structure?: string | undefined;
  /** A status id's label, for the ideas CSV. */
  statusLabel: (id: string) => string;
  text: ExportText;
  now: Date;
}

/** What an export writes: the file, the items it stands for (what a delete-after-export removes). */
export interface ExportPlan {
  kind: SubmissionKind;
  file: ExportFile;
  items: ResultItem[];
  personalData: boolean;
}

/** The file for what the panel shows, filters applied: the kind's CSV or the items as JSON. */
export function planExport(data: ResultsData, view: PanelView, options: ExportOptions): ExportPlan {
  const { kind } = view;
  const { format, structure, text, now } = options;
  const items = shownItems(data, view);
  const personal = options.includePersonal && personalKinds.has(kind);
  let file: ExportFile;
  if (kind === 'survey') {
    const campaign = data.campaignShown(view.campaign);
    const summary = data.surveySummary(campaign);
    file =
      format !== 'json'
        ? options.raw
          ? surveyRawCsv(items, summary, text, now)
          : surveyCsv(summary, campaign, text, now)
        : jsonExport(kind, items, { includePersonal: false, structure, filters: { campaign: campaign ?? null }, summary, now });
  } else if (kind === 'idea') {
    const rows = filterIdeas(data.ideaRows(view.answers), view.ideaFilter);
    const answers = Object.fromEntries(rows.filter((row) => row.decided).map((row) => [row.id, view.answers.get(row.id)]));
    file =
      format !== 'json'
        ? ideasCsv(rows, options.statusLabel, personal, text, now)
        : jsonExport(kind, items, { includePersonal: personal, structure, filters: { ...view.ideaFilter }, summary: { answers }, now });
  } else if (kind === 'event-signup') {
    const summary = data.events;
    file =
      format !== 'json'
        ? eventsCsv(summary.events, personal, text, now)
        : jsonExport(kind, items, { includePersonal: personal, structure, summary: summary.totals, now });
  } else {
    const summary = data.selfChecks;
    file = format !== 'json' ? selfChecksCsv(summary, text, now) : jsonExport(kind, items, { includePersonal: true, structure, summary, now });
  }
  return { kind, file, items, personalData: personal };
}

/** The "vous avez dit, nous avons fait" feed as a file to put on the site. */
export function feedFile(rows: readonly IdeaRow[], options: FeedOptions): ExportFile {
  const feed = buildIdeaFeed(rows, options);
  return { filename: 'idees-repondues.json', mimeType: 'application/json;charset=utf-8', content: JSON.stringify(feed, null, 2), count: feed.ideas.length };
}

/** The items a delete-after-export may remove from this device: only what it keeps (never remote items). */
export function deletableAfterExport(plan: Pick<ExportPlan, 'items'> | undefined, local: boolean): ResultItem[] {
  return local && plan ? plan.items.filter((item) => item.origin !== 'remote') : [];
}
