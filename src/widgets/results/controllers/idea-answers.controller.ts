import type { ReactiveControllerHost } from 'lit';
import { localDay } from '../../../core/envelope.js';
import { answerDraft, answerMissing, answerToSave, type IdeaRow, type TeamAnswer } from '../ideas.js';
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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
  ) {}

  /** Saved answers, by idea id, as the source last gave them. */
  get answers(): ReadonlyMap<string, TeamAnswer> {
    return this.loader.source?.answers ?? noAnswers;
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
