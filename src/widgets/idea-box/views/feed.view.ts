// "Vous avez dit, nous avons fait": the team's answered ideas, with filters by status and theme.
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetUi } from '../../../core/widget-ui.js';
import { selectField } from '../../../ui/form.js';
import { styleProps } from '../../../ui/style-props.js';
import type { IdeaBoxTexts, IdeaFilters } from '../idea-box.state.js';
import type { FeedList, ShownIdea } from '../idea-filters.js';
import { themePictogram } from '../pictograms.js';
import { showsTeamLanguage, teamLanguage } from '../team-language.js';

export type FeedViewState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; list: FeedList; filters: IdeaFilters };

export interface FeedViewProps {
  t: IdeaBoxTexts;
  ui: WidgetUi;
  state: FeedViewState;
  on: { filter: (patch: Partial<IdeaFilters>) => void };
}

export function renderFeed({ t, ui, state, on }: FeedViewProps): TemplateResult {
  return html`<section class="feed" part="feed" aria-labelledby="feed-title" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
    ${ui.heading(t.box.feedTitle, { id: 'feed-title' })} ${state.status === 'loading' ? html`<p>${t.box.feedLoading}</p>` : nothing}
    ${state.status === 'failed' ? html`<p class="notice" part="feed-unavailable">${t.box.feedUnavailable} ${ui.readAloud(t.box.feedUnavailable)}</p>` : nothing}
    ${state.status === 'ready' ? renderFeedList(t, ui, state.list, state.filters, on) : nothing}
  </section>`;
}

function renderFeedList(t: IdeaBoxTexts, ui: WidgetUi, list: FeedList, filters: IdeaFilters, on: FeedViewProps['on']): TemplateResult {
  const { box, core } = t;
  return html`<p>${box.feedIntro} ${ui.readAloud(`${box.feedTitle}. ${box.feedIntro}`, box.feedTitle)}</p>
    <div class="filters">
      ${selectField({
        id: 'feed-status',
        label: box.feedFilterStatus,
        markOptional: false,
        options: list.statusOptions,
        value: filters.status,
        onChange: (status) => on.filter({ status }),
        t: core,
      })}
      ${selectField({
        id: 'feed-theme',
        label: box.feedFilterTheme,
        markOptional: false,
        options: list.themeOptions,
        value: filters.theme,
        onChange: (theme) => on.filter({ theme }),
        t: core,
      })}
    </div>
    <p class="feed-count" aria-live="polite">${box.feedCount(list.ideas.length)}</p>
    ${
      list.ideas.length === 0
        ? html`<p>${box.feedEmpty}</p>`
        : html`<ul class="feed-list">
            ${list.ideas.map((shown) => renderFeedIdea(t, ui, shown))}
          </ul>`
    }`;
}

function renderFeedIdea(t: IdeaBoxTexts, ui: WidgetUi, { idea, themeLabel, status }: ShownIdea): TemplateResult {
  const { box } = t;
  const received = box.feedReceived(t.formatDate(idea.date));
  const statusLabel = status?.label ?? idea.status;
  // The idea and the answer are in the team's words, in the page's language: marked so (screen readers
  // switch voice, Arabic keeps their punctuation in place), and read aloud only by a voice of that language.
  const team = teamLanguage();
  const teamText = showsTeamLanguage(t.locale) ? [idea.text, idea.answer ? `${box.feedAnswer} ${idea.answer}` : ''] : [];
  const spoken = [`${themeLabel}.`, `${received}.`, `${box.feedStatus} ${statusLabel}.`, ...teamText].filter(Boolean).join(' ');
  return html`<li class="feed-item" part="feed-item">
    <p class="feed-meta">
      ${themePictogram(idea.theme)}<span class="feed-theme">${themeLabel}</span> · <span>${received}</span> ${ui.readAloud(spoken, themeLabel)}
    </p>
    <p>
      <span class="visually-hidden">${box.feedStatus}</span>
      <span class="feed-status" part="feed-status" ${styleProps({ '--status-color': status?.color })}>${statusLabel}</span>
    </p>
    ${idea.text ? html`<p class="feed-idea"><span class="visually-hidden">${box.feedIdea} </span><span lang=${team} dir="auto">${idea.text}</span></p>` : nothing}
    ${idea.answer ? html`<p class="feed-answer"><strong>${box.feedAnswer}</strong> <span lang=${team} dir="auto">${idea.answer}</span></p>` : nothing}
  </li>`;
}
