import type { ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { localDay } from '../../../core/envelope.js';
import type { LocalStore } from '../../../core/storage.js';
import { answerDraft, answerToSave, TEAM_ANSWERS_NAMESPACE, type IdeaRow, type TeamAnswer } from '../ideas.js';
import { teamAnswerSchema } from '../results.schema.js';
import type { ResultsContext } from '../results.state.js';

/** The team's answers to ideas (status, answer, publish the text or not), and the forms being edited. */
export class IdeaAnswersController {
  /** Saved answers, by idea id. */
  answers: ReadonlyMap<string, TeamAnswer> = new Map();
  /** Forms changed and not saved yet, by idea id. */
  edits: ReadonlyMap<string, TeamAnswer> = new Map();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
  ) {}

  /** Reads the answers kept on this device (unreadable ones are left out). */
  async restore(store: LocalStore): Promise<void> {
    const documents = await store.listDocuments<unknown>(TEAM_ANSWERS_NAMESPACE).catch(() => []);
    const answers = new Map<string, TeamAnswer>();
    for (const document of documents) {
      const checked = z.safeParse(teamAnswerSchema, document.value);
      if (checked.success) answers.set(document.key, checked.data);
    }
    this.answers = answers;
    this.host.requestUpdate();
  }

  edit(row: IdeaRow, patch: Partial<TeamAnswer>): void {
    const current = this.edits.get(row.id) ?? answerDraft(row);
    this.edits = new Map(this.edits).set(row.id, { ...current, ...patch });
    this.host.requestUpdate();
  }

  /** Saves the idea's answer; a storage failure is said in the status region and the edit is kept. */
  async save(row: IdeaRow): Promise<void> {
    const t = this.context.t;
    const answer = answerToSave(row, this.edits.get(row.id) ?? answerDraft(row), localDay(new Date()));
    const store = await this.context.openStore();
    try {
      if (!store) throw new Error('storage unavailable');
      await store.putDocument(TEAM_ANSWERS_NAMESPACE, row.id, answer);
    } catch {
      this.context.say(t.answerNotSaved);
      return;
    }
    this.answers = new Map(this.answers).set(row.id, answer);
    const edits = new Map(this.edits);
    edits.delete(row.id);
    this.edits = edits;
    this.context.say(t.answerSaved);
    this.host.requestUpdate();
  }
}
