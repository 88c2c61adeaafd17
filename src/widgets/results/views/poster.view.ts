import type { WidgetUi } from '../../../core/widget-ui.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { PosterContent, PosterFigure, PosterIdea } from '../report.js';
import type { ResultsStrings, ViewProps } from '../results.state.js';

export interface PosterState {
  poster: PosterContent;
  structure?: string | undefined;
  /** Today, as the poster's date (YYYY-MM-DD). */
  today: string;
}

/** The sentence of one figure: the plain one the catalogue has for the question, else the question itself. */
export function figureSentence(t: ResultsStrings, figure: PosterFigure): string {
  const r = t.report;
  const plain = r.posterSentences[figure.questionId];
  if (plain) return plain(figure.count);
  return figure.type === 'rating' ? r.posterRatingOther(figure.count, figure.label) : r.posterYesOther(figure.count, figure.label);
}

/** `outOf` little people, `count` of them filled: the figure drawn for people who read little (hidden from screen readers: the words say it). */
function people(count: number, outOf: number) {
  const person = (index: number) => {
    const x = index * 22 + 11;
    const filled = index < count;
    return svg`<g class=${filled ? 'filled' : 'empty'}>
      <circle cx=${x} cy="7" r="5.5" />
      <path d="M${x - 8} 34 v-10 a8 8 0 0 1 16 0 v10 z" />
    </g>`;
  };
  return html`<svg class="people" viewBox="0 0 ${outOf * 22} 36" aria-hidden="true" focusable="false">
    ${Array.from({ length: outOf }, (_, index) => person(index))}
  </svg>`;
}

function figure(t: ResultsStrings, item: PosterFigure) {
  return html`<li class="poster-figure">
    <p><strong class="big">${t.report.posterCount(item.count, item.outOf)}</strong> <span>${figureSentence(t, item)}</span></p>
    ${people(item.count, item.outOf)}
  </li>`;
}

function idea(t: ResultsStrings, item: PosterIdea) {
  const r = t.report;
  const status = r.posterStatus[item.status] ?? t.ideaStatuses[item.status] ?? item.status;
  return html`<li class="poster-idea">
    <p class="said">${item.text ? r.posterYouSaid(item.text) : r.posterIdeaTheme(item.themeLabel)}</p>
    <p class="done status-${item.status}"><strong>${r.posterStatusLabel(status)}</strong> ${item.answer}</p>
  </li>`;
}

/** One part of the poster, with its heading; nothing when it has nothing to say. */
function section(ui: WidgetUi, name: string, title: string, shown: boolean, content: unknown) {
  return shown
    ? html`<section class="poster-${name}" aria-labelledby="poster-${name}-title">
        ${ui.heading(title, { id: `poster-${name}-title`, sub: 2 })} ${content}
      </section>`
    : nothing;
}

/**
 * The waiting-room poster "Vous avez dit, nous avons fait" (one A4 page, large type, few words): the
 * structure and the year, the survey's figures as people out of 10 (words and drawn people), the
 * ideas answered with the team's answer, the actions decided, an invitation, the poster's date.
 */
export function renderPoster({ t, format, ui, state }: ViewProps<PosterState, unknown>): TemplateResult {
  const r = t.report;
  const { poster, structure, today } = state;
  const empty = !poster.responses && !poster.ideas.length && !poster.actions.length;
  return html`<article class="poster" part="poster" aria-labelledby="poster-title">
    <p class="poster-structure">${structure ? `${structure} — ${poster.year}` : poster.year}</p>
    ${ui.heading(r.posterTitle, { id: 'poster-title', focusable: true, sub: 1 })} ${empty ? html`<p class="notice no-print">${r.posterEmpty}</p>` : nothing}
    ${section(
      ui,
      'survey',
      r.posterSurveyTitle,
      poster.responses > 0,
      html`<p>${r.posterResponses(poster.responses, poster.year)}</p>
        <ul class="poster-figures">
          ${poster.figures.map((item) => figure(t, item))}
        </ul>`,
    )}
    ${section(
      ui,
      'ideas',
      r.posterIdeasTitle,
      poster.ideas.length > 0,
      html`<ul>
          ${poster.ideas.map((item) => idea(t, item))}
        </ul>
        ${poster.moreIdeas ? html`<p>${r.posterMoreIdeas(poster.moreIdeas)}</p>` : nothing}`,
    )}
    ${section(
      ui,
      'actions',
      r.posterActionsTitle,
      poster.actions.length > 0,
      html`<ul>
        ${poster.actions.map(
          (action) => html`<li>${action.label}${action.due ? html` <span class="due">(${r.posterDue(format.monthYear(action.due))})</span>` : nothing}</li>`,
        )}
      </ul>`,
    )}
    <footer class="poster-footer">
      <p class="invite">${r.posterInvite}</p>
      <p class="date">${r.posterDate(format.longDay(today))}</p>
    </footer>
  </article>`;
}
