import type { ReactiveControllerHost } from 'lit';
import { z } from '../../../core/zod.js';
import { localDay } from '../../../core/envelope.js';
import type { LocalStore } from '../../../core/storage.js';
import { teamAnswerSchema } from '../../../contracts/idea.js';
import { answerDraft, answerMissing, answersToMove, answerToSave, TEAM_ANSWERS_NAMESPACE, type IdeaRow, type TeamAnswer } from '../ideas.js';
import type { ResultsContext } from '../results.state.js';
import { NotFoundError, RefusedError, RemoteUnavailableError, UnauthorizedError } from '../sources.js';
import type { ResultsLoadController } from './load.controller.js';

const noAnswers: ReadonlyMap<string, TeamAnswer> = new Map();

/**
 * The team's answers to ideas (status, answer, publish the text or not), kept where the source keeps
 * them: this device, or the collector so that every team member sees the same. Holds the forms being
 * edited; each change requests the host's update.
 */
export class IdeaAnswersController {
  /** Forms changed and not saved yet, by idea id. */
  edits: ReadonlyMap<string, TeamAnswer> = new Map();
  /** The error shown under an idea's answer, by idea id. */
  errors: ReadonlyMap<string, string> = new Map();
  /** Answers an earlier version kept on this device while reading a collector (remote mode only). */
  private deviceAnswers: ReadonlyMap<string, TeamAnswer> = new Map();
  private store: LocalStore | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
  ) {}

  /** Saved answers, by idea id, as the source last gave them. */
  get answers(): ReadonlyMap<string, TeamAnswer> {
    return this.loader.source?.answers ?? noAnswers;
  }

  /** Reads the answers an earlier version kept on this device (remote mode: they are to move to the server). */
  async restoreDeviceAnswers(store: LocalStore | undefined): Promise<void> {
    this.store = store;
    const documents = store ? await store.listDocuments<unknown>(TEAM_ANSWERS_NAMESPACE).catch(() => []) : [];
    const answers = new Map<string, TeamAnswer>();
    for (const document of documents) {
      const checked = z.safeParse(teamAnswerSchema, document.value);
      if (checked.success) answers.set(document.key, checked.data);
    }
    this.deviceAnswers = answers;
    this.host.requestUpdate();
  }

  /** Answers kept on this device that the collector does not have yet. */
  get toMove(): [string, TeamAnswer][] {
    if (this.loader.source?.mode !== 'remote' || this.deviceAnswers.size === 0) return [];
    return answersToMove(this.deviceAnswers, this.answers, new Set(this.loader.data.itemsOf('idea').map((item) => item.id)));
  }

  /** Sends them to the collector; each one sent leaves this device. Says how many went, and how many could not. */
  async moveToServer(): Promise<void> {
    const source = this.loader.source;
    if (!source) return;
    let moved = 0;
    let failed = 0;
    const left = new Map(this.deviceAnswers);
    for (const [id, answer] of this.toMove) {
      try {
        await source.saveAnswer(id, answer);
      } catch {
        failed++;
        continue;
      }
      moved++;
      left.delete(id);
      await this.store?.deleteDocument(TEAM_ANSWERS_NAMESPACE, id).catch(() => undefined);
    }
    this.deviceAnswers = left;
    this.context.say(this.context.t.answersMoved(moved, failed));
    this.host.requestUpdate();
  }

  edit(row: IdeaRow, patch: Partial<TeamAnswer>): void {
    const current = this.edits.get(row.id) ?? answerDraft(row);
    this.edits = new Map(this.edits).set(row.id, { ...current, ...patch });
    this.setError(row.id, undefined);
  }

  /** Saves the idea's answer; any failure is said in the status region and the edit is kept. */
  async save(row: IdeaRow): Promise<void> {
    const t = this.context.t;
    const source = this.loader.source;
    const answer = answerToSave(row, this.edits.get(row.id) ?? answerDraft(row), localDay(new Date()));
    if (answerMissing(answer)) {
      this.setError(row.id, t.answerRequired);
      this.context.say(t.answerRequired);
      await this.context.focus(`[id="answer-${row.id}"]`);
      return;
    }
    if (!source) return;
    try {
      await source.saveAnswer(row.id, answer);
    } catch (error) {
      this.context.say(this.failureMessage(error));
      return;
    }
    const edits = new Map(this.edits);
    edits.delete(row.id);
    this.edits = edits;
    this.setError(row.id, undefined);
    this.context.say(source.mode === 'remote' ? t.answerSavedRemote : t.answerSaved);
  }

  private setError(id: string, message: string | undefined): void {
    const errors = new Map(this.errors);
    if (message) errors.set(id, message);
    else errors.delete(id);
    this.errors = errors;
    this.host.requestUpdate();
  }

  private failureMessage(error: unknown): string {
    const t = this.context.t;
    if (error instanceof UnauthorizedError) return t.answerUnauthorized;
    if (error instanceof NotFoundError) return t.answerIdeaGone;
    if (error instanceof RefusedError) return t.answerRefused;
    if (error instanceof RemoteUnavailableError) return t.answerUnavailable;
    return t.answerNotSaved;
  }
}
