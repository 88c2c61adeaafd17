import type { CsvValue } from './csv.js';
import { csvFileOf, type ExportFile, type ExportText } from './exports.js';
import { isSurveyAnswer, isSurveyPayload, type SurveyAnswer } from './payloads.js';
import type { ResultItem } from './sources.js';
import { isNotConcerned, type SurveySummary } from './survey-summary.js';

// The raw survey export: one row per response, one column per question in the questionnaire's order
// (the summary's), every cell in words: the face's word for a rating, the options' labels, Oui/Non,
// the words shown for "non concerné". For a team that wants its own crosstabs in a spreadsheet.

/** One answer in words. */
export function answerCell(t: ExportText['survey'], answer: SurveyAnswer): string {
  if (isNotConcerned(answer)) return answer.valueLabels?.[0] ?? t.notConcerned;
  let words: string;
  switch (answer.type) {
    case 'rating':
      words = t.ratings[(answer.value as number) - 1] ?? String(answer.value);
      break;
    case 'yesno':
      words = answer.value ? t.yes : t.no;
      break;
    case 'single':
      words = answer.valueLabels?.[0] ?? String(answer.value);
      break;
    case 'multiple':
      words = (answer.value as string[]).map((value, index) => answer.valueLabels?.[index] ?? value).join(' ; ');
      break;
    default:
      words = String(answer.value);
  }
  return answer.other?.trim() ? `${words} (${answer.other.trim()})` : words;
}

/** The responses shown, one row each, the questions as columns in the summary's order. */
export function surveyRawCsv(items: readonly ResultItem[], summary: SurveySummary, text: ExportText, now: Date): ExportFile {
  const t = text.survey;
  const r = text.raw;
  const columns = summary.questions.map((q) => q.questionId);
  const header = [r.date, r.campaign, r.survey, r.kiosk, r.origin, ...summary.questions.map((q) => q.label)];
  const rows: CsvValue[][] = [];
  for (const item of items) {
    const payload = item.envelope.payload;
    if (item.kind !== 'survey' || !isSurveyPayload(payload)) continue;
    const cells = new Map<string, string>();
    for (const answer of payload.answers) {
      if ((isNotConcerned(answer) || isSurveyAnswer(answer)) && !cells.has(answer.questionId)) cells.set(answer.questionId, answerCell(t, answer));
    }
    rows.push([
      { date: item.envelope.createdAt },
      payload.campaign,
      payload.surveyTitle,
      payload.kiosk,
      text.origin[item.origin],
      ...columns.map((id) => cells.get(id)),
    ]);
  }
  return csvFileOf('survey', { name: r.survey, header, rows }, now, 'reponses');
}
