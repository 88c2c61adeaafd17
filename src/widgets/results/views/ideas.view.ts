import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { IdeaFilter, IdeaRow, TeamAnswer } from '../ideas.js';
import type { ResultsStrings, ViewProps } from '../results.state.js';
import { unsentNote } from './parts.js';

export interface IdeasState {
  /** Every idea with the team's answers. */
  all: IdeaRow[];
  /** The ideas the filters keep. */
  rows: IdeaRow[];
  filter: IdeaFilter;
  statuses: { id: string; label: string }[];
  /** Answer forms being edited, by idea id. */
  edits: ReadonlyMap<string, TeamAnswer>;
  unsent: number;
}

export interface IdeasHandlers {
  filter(patch: IdeaFilter): void;
  edit(row: IdeaRow, patch: Partial<TeamAnswer>): void;
  save(row: IdeaRow): void;
  downloadFeed(): void;
}

type IdeasProps = ViewProps<IdeasState, IdeasHandlers>;

const selected = (e: Event) => (e.target as HTMLSelectElement | HTMLInputElement).value || undefined;

function filters({ t, state, on }: IdeasProps) {
  const themes = [...new Map(state.all.map((row) => [row.theme, row.themeLabel])).entries()];
  return html`<div class="filters">
    <div class="field">
      <label for="filter-theme">${t.themeFilter}</label>
      <select id="filter-theme" @change=${(e: Event) => on.filter({ theme: selected(e) })}>
        <option value="">${t.all}</option>
        ${themes.map(([id, label]) => html`<option value=${id} ?selected=${state.filter.theme === id}>${label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="filter-status">${t.statusFilter}</label>
      <select id="filter-status" @change=${(e: Event) => on.filter({ status: selected(e) })}>
        <option value="">${t.all}</option>
        ${state.statuses.map((status) => html`<option value=${status.id} ?selected=${state.filter.status === status.id}>${status.label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="filter-from">${t.fromFilter}</label>
      <input id="filter-from" type="date" .value=${live(state.filter.from ?? '')} @change=${(e: Event) => on.filter({ from: selected(e) })} />
    </div>
    <div class="field">
      <label for="filter-to">${t.toFilter}</label>
      <input id="filter-to" type="date" .value=${live(state.filter.to ?? '')} @change=${(e: Event) => on.filter({ to: selected(e) })} />
    </div>
  </div>`;
}

function answerForm({ t, state, on }: IdeasProps, row: IdeaRow, edit: TeamAnswer) {
  const id = row.id;
  return html`<div class="answer-form">
    <div class="field">
      <label for="status-${id}">${t.teamStatus}</label>
      <select id="status-${id}" @change=${(e: Event) => on.edit(row, { status: (e.target as HTMLSelectElement).value })}>
        ${state.statuses.map((status) => html`<option value=${status.id} ?selected=${edit.status === status.id}>${status.label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="answer-${id}">${t.teamAnswer}</label>
      <p id="answer-${id}-hint" class="hint">${t.teamAnswerHint}</p>
      <textarea
        id="answer-${id}"
        rows="3"
        maxlength="5000"
        aria-describedby="answer-${id}-hint"
        .value=${live(edit.answer)}
        @input=${(e: Event) => on.edit(row, { answer: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>
    <div class="option checkbox">
      <input
        id="publish-${id}"
        type="checkbox"
        aria-describedby="publish-${id}-hint"
        .checked=${live(edit.publishText)}
        @change=${(e: Event) => on.edit(row, { publishText: (e.target as HTMLInputElement).checked })}
      />
      <label for="publish-${id}">${t.publishText}</label>
      <p id="publish-${id}-hint" class="hint">${t.publishTextHint}</p>
    </div>
    <button class="button secondary" part="button save-answer" type="button" data-save=${id} @click=${() => on.save(row)}>${t.saveAnswer}</button>
  </div>`;
}

function idea(props: IdeasProps, row: IdeaRow): TemplateResult {
  const { t, format } = props;
  const edit = props.state.edits.get(row.id) ?? { status: row.status, answer: row.answer, publishText: row.publishText };
  const shownOrigin = row.origin === 'stored' || row.origin === 'remote' ? nothing : html`<p class="badge ${row.origin}">${t.origin[row.origin]}</p>`;
  return html`<li class="idea" part="idea">
    <article aria-labelledby="idea-${row.id}-title">
      <h4 id="idea-${row.id}-title">${row.themeLabel} · ${t.ideaReceived(format.longDay(row.date))}</h4>
      ${shownOrigin}
      <blockquote>${row.text}</blockquote>
      ${row.contact ? html`<p class="contact">${t.ideaContact} <span>${row.contact}</span></p>` : nothing} ${answerForm(props, row, edit)}
    </article>
  </li>`;
}

function feed(t: ResultsStrings, all: readonly IdeaRow[], on: IdeasHandlers) {
  const decided = all.filter((row) => row.decided && row.origin !== 'rejected').length;
  return html`<section class="feed" part="feed" aria-labelledby="feed-title">
    <h4 id="feed-title">${t.feedTitle}</h4>
    <p>${t.feedIntro(decided)}</p>
    <button class="button secondary" part="button download-feed" type="button" id="download-feed" @click=${on.downloadFeed}>${t.downloadFeed}</button>
  </section>`;
}

/** The idea panel: filters, each idea with the team's answer form, and the feed to publish. */
export function renderIdeas(props: IdeasProps): TemplateResult {
  const { t, state } = props;
  return html`${filters(props)}
    <p class="count" id="ideas-count" aria-live="polite">${t.ideasShown(state.rows.length, state.all.length)}</p>
    ${unsentNote(t, state.unsent)}
    <ul class="ideas">
      ${state.rows.map((row) => idea(props, row))}
    </ul>
    ${feed(t, state.all, props.on)}`;
}
