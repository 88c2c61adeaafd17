import { html, nothing, type TemplateResult } from 'lit';
import { selectField } from '../../../ui/form.js';
import { barChart, type Bar } from '../chart.js';
import type { WidgetUi } from '../../../core/widget-ui.js';
import type { ResultsStrings, ViewProps } from '../results.state.js';
import {
  NEEDS_QUESTION_ID,
  rankBySatisfaction,
  type CampaignRow,
  type DistributionEntry,
  type QuestionSummary,
  type SatisfactionTrend,
  type SurveySummary,
} from '../survey-summary.js';
import { tableRow } from '../../../ui/data-table.js';
import { cappedTexts, resultsTable, unsentNote, type ListLimits } from './parts.js';

export interface SurveysState {
  campaigns: CampaignRow[];
  /** The campaign shown; undefined: all. */
  campaign: string | undefined;
  /** The campaign's figures; undefined while they are computed ("Calcul en cours…"). */
  summary: SurveySummary | undefined;
  trend: SatisfactionTrend;
  /** Responses shown still in this device's outbox. */
  unsent: number;
  /** How many of each open-answer list are shown ("Voir plus"). */
  limits: ListLimits;
}

export interface SurveysHandlers {
  /** A campaign chosen ('' for all). */
  chooseCampaign(campaign: string): void;
  /** A chart as a file for slides. */
  downloadChart(id: string, title: string, format: 'svg' | 'png'): void;
}

/** The chart's two downloads, named after the question (a screen reader hears which chart); `data-chart-<format>` names the chart. */
function chartDownloads(t: ResultsStrings, id: string, title: string, on: SurveysHandlers) {
  const download = (format: 'svg' | 'png') =>
    html`<button
      class="button secondary"
      part="button secondary download-chart"
      type="button"
      data-chart-svg=${format === 'svg' ? id : nothing}
      data-chart-png=${format === 'png' ? id : nothing}
      @click=${() => on.downloadChart(id, title, format)}
    >
      ${format === 'svg' ? t.downloadSvg : t.downloadPng}<span class="visually-hidden"> : ${title}</span>
    </button>`;
  return html`<div class="chart-downloads">${download('svg')} ${download('png')}</div>`;
}

function distributionLabel(t: ResultsStrings, question: QuestionSummary, entry: DistributionEntry): string {
  if (question.type === 'rating') return `${entry.key} – ${t.ratingLabels[Number(entry.key) - 1] ?? entry.key}`;
  if (question.type === 'yesno') return entry.key === 'yes' ? t.yes : t.no;
  return entry.label;
}

/** A chart and the same figures as a table (the table is what a screen reader reads). */
function distribution(t: ResultsStrings, on: SurveysHandlers, id: string, title: string, question: QuestionSummary, entries: DistributionEntry[]) {
  const bars: Bar[] = entries.map((entry) => {
    const label = distributionLabel(t, question, entry);
    return { label, value: entry.count, text: t.chartEntry(label, entry.count, entry.share) };
  });
  return html`<div class="figures">
      ${barChart(id, t.chartTitle(title), bars)}
      ${resultsTable({
        caption: t.chartTitle(title),
        hiddenCaption: true,
        columns: [t.answerColumn, t.countColumn, t.shareColumn],
        rows: bars.map((bar, index) => tableRow([bar.label, bar.value, t.share(entries[index]!.share)])),
      })}
    </div>
    ${chartDownloads(t, id, title, on)}`;
}

/** Open answers (or "autre, précisez" texts), the first ones then "Voir plus": the count stays right, the page light. */
function texts(t: ResultsStrings, ui: WidgetUi, limits: ListLimits, id: string, heading: string, question: string, answers: readonly string[]) {
  return answers.length ? html`${ui.heading(heading, { sub: 3 })} ${cappedTexts(t, limits, id, answers, `${heading} — ${question}`)}` : nothing;
}

function trendTable(t: ResultsStrings, trend: SatisfactionTrend) {
  if (trend.campaigns.length < 2 || trend.questions.length === 0) return nothing;
  const share = (value: number | undefined, respondents: number | undefined) =>
    value === undefined ? '—' : html`${t.share(value)} <span class="hint">(${t.ratedBy(respondents ?? 0)})</span>`;
  return resultsTable({
    id: 'trend',
    caption: t.trendCaption,
    scroll: 'trend-caption',
    columns: [t.questionColumn, ...trend.campaigns],
    rows: trend.questions.map((question) => tableRow([question.label, ...question.shares.map((value, index) => share(value, question.respondents[index]))])),
  });
}

function questionSection(t: ResultsStrings, ui: WidgetUi, on: SurveysHandlers, limits: ListLimits, question: QuestionSummary, index: number): TemplateResult {
  const open = question.type === 'short-text' || question.type === 'long-text';
  return html`<section class="question" part="question" aria-labelledby="q${index}-title">
    ${ui.heading(question.label, { id: `q${index}-title`, sub: 2 })}
    <p class="hint">${t.respondents(question.respondents)}</p>
    ${question.satisfied ? html`<p><strong>${t.satisfied(question.satisfied.share, question.satisfied.count, question.respondents)}</strong></p>` : nothing}
    ${question.average !== undefined ? html`<p>${t.average(question.average)}</p>` : nothing}
    ${question.notConcerned ? html`<p class="not-concerned">${t.notConcernedCount(question.notConcerned, question.notConcernedLabel)}</p>` : nothing}
    ${open ? nothing : distribution(t, on, `q${index}-chart`, question.label, question, question.distribution)}
    ${texts(t, ui, limits, `q${index}-texts`, open ? t.openAnswers : t.otherAnswers, question.label, question.texts)}
  </section>`;
}

function needsSection(t: ResultsStrings, ui: WidgetUi, on: SurveysHandlers, limits: ListLimits, needs: QuestionSummary, entries: DistributionEntry[]) {
  return html`<section class="question" part="question" aria-labelledby="needs-title">
    ${ui.heading(t.needsTitle, { id: 'needs-title', sub: 2 })}
    <p>${t.needsIntro} <span class="hint">(${needs.label} — ${t.respondents(needs.respondents)})</span></p>
    ${distribution(t, on, 'needs-chart', t.needsTitle, needs, entries)} ${texts(t, ui, limits, 'needs-texts', t.otherAnswers, t.needsTitle, needs.texts)}
  </section>`;
}

function headlineCell(t: ResultsStrings, row: CampaignRow) {
  if (row.overall) return t.overallCell(row.overall.share, row.overall.satisfied, row.overall.rated);
  if (row.pooled) return t.pooledCell(row.pooled.share, row.pooled.ratings, row.pooled.questions);
  return '—';
}

/** Responses and the headline per campaign: the overall question's share, or the pooled ratings said as such. */
function campaignsTable(t: ResultsStrings, campaigns: readonly CampaignRow[]) {
  const labels = [...new Set(campaigns.flatMap((row) => (row.overall ? [row.overall.label] : [])))];
  return html`${resultsTable({
    id: 'campaigns',
    caption: t.campaignsCaption,
    columns: [t.campaignColumn, t.responsesColumn, t.satisfiedColumn],
    rows: campaigns.map((row) => tableRow([row.campaign, row.responses, headlineCell(t, row)])),
  })}
  ${labels.map((label) => html`<p class="hint overall-note">${t.overallNote(label)}</p>`)}`;
}

/** The rating questions of the campaign shown, most satisfied first: what goes well and what to work on, at a glance. */
function rankedTable(t: ResultsStrings, summary: SurveySummary, campaign: string) {
  const ranked = rankBySatisfaction(summary);
  if (ranked.length < 2) return nothing;
  return resultsTable({
    id: 'ranked',
    caption: t.rankedCaption(campaign),
    columns: [t.rankColumn, t.questionColumn, t.rankedShareColumn, t.averageColumn, t.ratedColumn],
    rows: ranked.map((row, index) => tableRow([index + 1, row.label, t.share(row.share), row.average === undefined ? '—' : t.mean(row.average), row.rated], 1)),
  });
}

/** What shows while figures are computed (the status region says it too: this one is not live). */
export function renderComputing(t: ResultsStrings): TemplateResult {
  return html`<p class="computing" id="computing">${t.computing}</p>`;
}

/** The survey panel: campaign choice, per-campaign table, trend, the needs expressed, then each question. */
export function renderSurveys({ t, core, ui, state, on }: ViewProps<SurveysState, SurveysHandlers>): TemplateResult {
  const { campaigns, campaign, summary } = state;
  const needs = summary?.questions.find((q) => q.questionId === NEEDS_QUESTION_ID);
  return html`${selectField({
    id: 'campaign',
    label: t.campaignLabel,
    t: core,
    markOptional: false,
    value: campaign ?? '',
    options: [...campaigns.map((row) => ({ value: row.campaign, label: row.campaign })), { value: '', label: t.allCampaigns }],
    onChange: on.chooseCampaign,
  })}
  ${campaignsTable(t, campaigns)} ${trendTable(t, state.trend)}
  ${
    summary
      ? html`<p class="count" id="survey-count"><strong>${campaign ?? t.allCampaigns}</strong> : ${t.responses(summary.responses)}</p>
          ${rankedTable(t, summary, campaign ?? t.allCampaigns)} ${unsentNote(t, state.unsent)}
          ${needs && summary.needs.length ? needsSection(t, ui, on, state.limits, needs, summary.needs) : nothing}
          ${summary.questions.map((question, index) => (question === needs ? nothing : questionSection(t, ui, on, state.limits, question, index)))}`
      : renderComputing(t)
  }`;
}
