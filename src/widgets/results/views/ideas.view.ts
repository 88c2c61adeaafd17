import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkboxField, selectField, textArea, type ChoiceOption } from '../../../ui/form.js';
import type { IdeaFilter, IdeaRow, TeamAnswer } from '../ideas.js';
import type { ViewProps } from '../results.state.js';
import { button, moreControls, unsentNote, type ListLimits } from './parts.js';

export interface IdeasState {
  /** Every idea with the team's answers. */
  all: IdeaRow[];
  /** The ideas the filters keep. */
  rows: IdeaRow[];
  filter: IdeaFilter;
  statuses: { id: string; label: string }[];
  /** Answer forms being edited, by idea id. */
  edits: ReadonlyMap<string, TeamAnswer>;
  /** The error under an idea's answer, by idea id. */
  errors: ReadonlyMap<string, string>;
  unsent: number;
  /** Where the collector serves the feed (remote source); undefined: the team downloads the file. */
  feedAddress: string | undefined;
  /** Answers kept on this device by an earlier version that the collector does not have yet. */
  toMove: number;
  /** How many ideas are shown ("Voir plus"). */
  limits: ListLimits;
}

export interface IdeasHandlers {
  filter(patch: IdeaFilter): void;
  edit(row: IdeaRow, patch: Partial<TeamAnswer>): void;
  save(row: IdeaRow): void;
  downloadFeed(): void;
  copyFeedAddress(): void;
  moveAnswers(): void;
}

type IdeasProps = ViewProps<IdeasState, IdeasHandlers>;

/** The statuses the team gives an idea, as options. */
const statusOptions = (state: IdeasState): ChoiceOption[] => state.statuses.map((status) => ({ value: status.id, label: status.label }));

/** Theme, status and a period: each filter shows its value ('' for none) and an empty choice clears it. */
function filters({ t, core, state, on }: IdeasProps) {
  const set = (key: keyof IdeaFilter) => (value: string) => on.filter({ [key]: value || undefined });
  const choice = (key: 'theme' | 'status', label: string, options: ChoiceOption[]) =>
    selectField({
      id: `filter-${key}`,
      label,
      t: core,
      markOptional: false,
      value: state.filter[key] ?? '',
      options: [{ value: '', label: t.all }, ...options],
      onChange: set(key),
    });
  const day = (key: 'from' | 'to', label: string) =>
    html`<div class="field">
      <label for="filter-${key}">${label}</label>
      <input id="filter-${key}" type="date" .value=${live(state.filter[key] ?? '')} @change=${(e: Event) => set(key)((e.target as HTMLInputElement).value)} />
    </div>`;
  const themes = [...new Map(state.all.map((row) => [row.theme, row.themeLabel])).entries()].map(([value, label]) => ({ value, label }));
  return html`<div class="filters">
    ${choice('theme', t.themeFilter, themes)} ${choice('status', t.statusFilter, statusOptions(state))} ${day('from', t.fromFilter)} ${day('to', t.toFilter)}
  </div>`;
}

function answerForm({ t, core, state, on }: IdeasProps, row: IdeaRow, edit: TeamAnswer) {
  const id = row.id;
  /** What the three fields share: an id of this idea's, their words, the core strings. */
  const field = (name: string, label: string, hint?: string) => ({ id: `${name}-${id}`, label, ...(hint ? { hint } : {}), t: core });
  return html`<div class="answer-form">
    ${selectField({
      ...field('status', t.teamStatus),
      required: true,
      value: edit.status,
      options: statusOptions(state),
      onChange: (status) => on.edit(row, { status }),
    })}
    ${textArea({
      ...field('answer', t.teamAnswer, t.teamAnswerHint),
      rows: 3,
      maxChars: 5000,
      value: edit.answer,
      error: state.errors.get(id),
      onInput: (answer) => on.edit(row, { answer }),
    })}
    ${checkboxField({ ...field('publish', t.publishText, t.publishTextHint), checked: edit.publishText, onChange: (publishText) => on.edit(row, { publishText }) })}
    <button class="button secondary" part="button secondary save-answer" type="button" data-save=${id} @click=${() => on.save(row)}>${t.saveAnswer}</button>
  </div>`;
}

function idea(props: IdeasProps, row: IdeaRow, index: number): TemplateResult {
  const { t, format, ui } = props;
  const edit = props.state.edits.get(row.id) ?? { status: row.status, answer: row.answer, publishText: row.publishText };
  const shownOrigin = row.origin === 'stored' || row.origin === 'remote' ? nothing : html`<p class="badge ${row.origin}">${t.origin[row.origin]}</p>`;
  return html`<li class="idea" part="idea" id="ideas-list-${index}" tabindex="-1">
    <article aria-labelledby="idea-${row.id}-title">
      ${ui.heading(html`${row.themeLabel} · ${t.ideaReceived(format.longDay(row.date))}`, { id: `idea-${row.id}-title`, sub: 2 })} ${shownOrigin}
      <blockquote>${row.text}</blockquote>
      ${row.contact ? html`<p class="contact">${t.ideaContact} <span>${row.contact}</span></p>` : nothing} ${answerForm(props, row, edit)}
    </article>
  </li>`;
}

/** The feed: served by the collector at an address to copy (remote), or a file to put on the site. */
function feed({ t, ui, state, on }: IdeasProps) {
  const decided = state.all.filter((row) => row.decided && row.origin !== 'rejected').length;
  const address = state.feedAddress;
  const download = (label: string) => button('download-feed', label, on.downloadFeed);
  if (!address) {
    return html`<section class="feed" part="feed" aria-labelledby="feed-title">
      ${ui.heading(t.feedTitle, { id: 'feed-title', sub: 2 })}
      <p>${t.feedIntro(decided)}</p>
      ${download(t.downloadFeed)}
    </section>`;
  }
  return html`<section class="feed" part="feed" aria-labelledby="feed-title">
    ${ui.heading(t.feedTitle, { id: 'feed-title', sub: 2 })}
    <p>${t.feedServedIntro(decided)}</p>
    <div class="field">
      <label for="feed-address">${t.feedAddress}</label>
      <input id="feed-address" part="feed-address" type="url" readonly .value=${address} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    </div>
    <div class="actions">${button('copy-feed-address', t.copyFeedAddress, on.copyFeedAddress, 'main')} ${download(t.downloadFeedCopy)}</div>
  </section>`;
}

/** The idea panel: filters, each idea with the team's answer form, and the feed to publish. */
export function renderIdeas(props: IdeasProps): TemplateResult {
  const { t, state } = props;
  return html`${filters(props)}
    <p class="count" id="ideas-count" aria-live="polite">${t.ideasShown(state.rows.length, state.all.length)}</p>
    ${unsentNote(t, state.unsent)}
    ${
      state.toMove
        ? html`<div class="notice warning" id="device-answers">
            <p>${t.deviceAnswers(state.toMove)}</p>
            ${button('move-answers', t.moveAnswers, props.on.moveAnswers)}
          </div>`
        : nothing
    }
    <ul class="ideas" id="ideas-list">
      ${state.rows.slice(0, state.limits.shown('ideas-list', state.rows.length)).map((row, index) => idea(props, row, index))}
    </ul>
    ${moreControls(t, state.limits, 'ideas-list', state.rows.length, t.kinds.idea)} ${feed(props)}`;
}
