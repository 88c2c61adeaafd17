import { decidedStatuses, RECEIVED_STATUS, type FeedIdea, type IdeaFeed, type TeamAnswer } from '../../contracts/idea.js';

export { RECEIVED_STATUS, type TeamAnswer };
import type { ItemOrigin, ResultItem } from './sources.js';
import { isIdeaPayload } from './payloads.js';

export { TEAM_ANSWERS_NAMESPACE } from './sources.js';

/** One idea as listed to the team. */
export interface IdeaRow {
  id: string;
  /** Day the idea came in (YYYY-MM-DD). */
  date: string;
  theme: string;
  themeLabel: string;
  text: string;
  origin: ItemOrigin;
  /** The contact left to take part, with consent; shown here only. */
  contact?: string | undefined;
  status: string;
  answer: string;
  publishText: boolean;
  answeredAt?: string | undefined;
  /** True once the team saved an answer or a status: the idea goes in the feed. */
  decided: boolean;
}

export interface IdeaFilter {
  theme?: string | undefined;
  status?: string | undefined;
  /** First day included (YYYY-MM-DD). */
  from?: string | undefined;
  /** Last day included (YYYY-MM-DD). */
  to?: string | undefined;
}

/** Ideas with the team's answers, most recent first. */
export function ideaRows(items: readonly ResultItem[], answers: ReadonlyMap<string, TeamAnswer>): IdeaRow[] {
  const rows: IdeaRow[] = [];
  for (const item of items) {
    const payload = item.envelope.payload;
    if (item.kind !== 'idea' || !isIdeaPayload(payload)) continue;
    const answer = answers.get(item.id);
    rows.push({
      id: item.id,
      date: item.envelope.createdAt.slice(0, 10),
      theme: payload.theme,
      themeLabel: typeof payload.themeLabel === 'string' ? payload.themeLabel : payload.theme,
      text: payload.text,
      origin: item.origin,
      contact: payload.participation?.contact,
      status: answer?.status ?? RECEIVED_STATUS,
      answer: answer?.answer ?? '',
      publishText: answer?.publishText ?? false,
      answeredAt: answer?.answeredAt,
      decided: answer !== undefined,
    });
  }
  return rows.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The ideas matching every filter given (dates inclusive). */
export function filterIdeas(rows: readonly IdeaRow[], filter: IdeaFilter): IdeaRow[] {
  return rows.filter(
    (row) =>
      (!filter.theme || row.theme === filter.theme) &&
      (!filter.status || row.status === filter.status) &&
      (!filter.from || row.date >= filter.from) &&
      (!filter.to || row.date <= filter.to),
  );
}

export interface FeedOptions {
  structure?: string | undefined;
  /** The team's statuses (the idea box's defaults otherwise). */
  statuses?: IdeaFeed['statuses'];
  /** Day of publication (YYYY-MM-DD). */
  updatedAt: string;
}

/**
 * The feed the idea box reads ("vous avez dit, nous avons fait"): every idea the team decided on, with
 * its theme, day, status and answer — never a contact, and the idea's text only where the team chose
 * to publish it. Ideas refused by the endpoint are left out (they were never received).
 */
export function buildIdeaFeed(rows: readonly IdeaRow[], options: FeedOptions): IdeaFeed {
  const decided = rows.filter((row) => row.decided && row.origin !== 'rejected');
  const themes = new Map<string, string>();
  const ideas = decided.map((row): FeedIdea => {
    themes.set(row.theme, row.themeLabel.slice(0, 80));
    const idea: FeedIdea = { id: row.id, theme: row.theme, date: row.date, status: row.status };
    if (row.publishText && row.text.trim()) idea.text = row.text.trim().slice(0, 5000);
    if (row.answer.trim()) idea.answer = row.answer.trim().slice(0, 5000);
    if (row.answeredAt) idea.answeredAt = row.answeredAt;
    return idea;
  });
  const feed: IdeaFeed = {
    version: 1,
    updatedAt: options.updatedAt,
    // Only the team's own statuses: with the defaults, each reader's idea box shows them in its language.
    ...(options.statuses ? { statuses: options.statuses } : {}),
    themes: [...themes.entries()].slice(0, 50).map(([id, label]) => ({ id, label })),
    ideas: ideas.slice(0, 2000),
  };
  if (options.structure) feed.structure = options.structure.slice(0, 200);
  return feed;
}

/** The answer form's starting values for an idea: what the team saved, or the idea as received. */
export function answerDraft(row: IdeaRow): TeamAnswer {
  return { status: row.status, answer: row.answer, publishText: row.publishText, ...(row.answeredAt ? { answeredAt: row.answeredAt } : {}) };
}

/**
 * The answer to keep: trimmed; dated `today` when its text is new, undated when it has none (the
 * feed then shows the status alone).
 */
export function answerToSave(row: IdeaRow, edit: TeamAnswer, today: string): TeamAnswer {
  const answer: TeamAnswer = { ...edit, answer: edit.answer.trim() };
  if (answer.answer && answer.answer !== row.answer) answer.answeredAt = today;
  if (!answer.answer) delete answer.answeredAt;
  return answer;
}

/**
 * True when the answer closes a decision without a word to the person: a decided status (retenue,
 * réalisée, non retenue) always carries an answer (HAS 2023, fiche 1; the collector refuses it too).
 */
export function answerMissing(answer: TeamAnswer): boolean {
  return decidedStatuses.has(answer.status) && answer.answer.trim() === '';
}

/**
 * Answers kept on this device that the collector does not have: earlier versions of this view kept
 * the team's answers on the device even when reading a collector. Only for ideas the collector holds,
 * and never one it would refuse (a decided status without an answer).
 */
export function answersToMove(
  device: ReadonlyMap<string, TeamAnswer>,
  server: ReadonlyMap<string, TeamAnswer>,
  ideaIds: ReadonlySet<string>,
): [string, TeamAnswer][] {
  return [...device].filter(([id, answer]) => ideaIds.has(id) && !server.has(id) && !answerMissing(answer));
}
