import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField, choiceGroup, textArea, textField } from '../../../ui/form.js';
import { ratingScale } from '../../../ui/rating-scale.js';
import { NOT_CONCERNED, OTHER_OPTION } from '../../../contracts/survey-values.js';
import type { ChoiceQuestion, Question } from '../satisfaction-survey.schema.js';
import type { QuestionState, StepHandlers, SurveyText } from '../satisfaction-survey.state.js';
import { OTHER_TEXT_MAX, maxLengthOf, offersNotConcerned, questionFieldId } from '../survey-logic.js';

// One template per question type. Each control's id is `questionFieldId(question)`, the id the error
// summary links to; the "autre, précisez" text adds `-other`.

/** What every question's template takes. */
export interface QuestionProps<Q extends Question = Question> extends SurveyText {
  question: Q;
  state: QuestionState;
  on: Pick<StepHandlers, 'answer' | 'other'>;
}

type Of<T extends Question['type']> = QuestionProps<Extract<Question, { type: T }>>;

/**
 * What the read-aloud button beside a question says: the question, its help, then the answers to
 * choose from (the faces' words, "Oui, Non", the options), for a person who reads little.
 */
export function spokenQuestion({ t, question }: Pick<QuestionProps, 't' | 'question'>): string {
  const choices =
    question.type === 'rating'
      ? [...t.ratingWords]
      : question.type === 'yesno'
        ? [t.yes, t.no]
        : question.type === 'single' || question.type === 'multiple'
          ? [...question.options.map((o) => o.label), ...(question.other ? [question.otherLabel ?? t.otherLabel] : [])]
          : [];
  const notConcerned = offersNotConcerned(question) ? [('notConcernedLabel' in question ? question.notConcernedLabel : undefined) ?? t.notConcerned] : [];
  const sentence = (text: string) => (/[.?!؟…:]$/.test(text) ? text : `${text}.`);
  return [question.label, question.hint, [...choices, ...notConcerned].join(', ')]
    .filter(Boolean)
    .map((text) => sentence(text!))
    .join(' ');
}

/** The question's template, by type. */
export function renderQuestion(props: QuestionProps): TemplateResult {
  const { question } = props;
  switch (question.type) {
    case 'rating':
      return renderRating({ ...props, question });
    case 'yesno':
      return renderYesNo({ ...props, question });
    case 'single':
    case 'multiple':
      return renderChoice({ ...props, question });
    case 'short-text':
    case 'long-text':
      return renderText({ ...props, question });
  }
}

/**
 * Five faces, each a native radio named by its word; with "non concerné", a box right under them
 * (ticking it clears the face, choosing a face unticks it). The shared scale has five radios only, and
 * a sixth word under the faces would read as a sixth grade.
 */
export function renderRating({ t, core, question, state, on }: Of<'rating'>): TemplateResult {
  const id = questionFieldId(question);
  const value = state.answers.answers[question.id];
  const scale = ratingScale({
    id,
    legend: question.label,
    hint: question.hint,
    required: question.required === true,
    error: state.errorFor(id),
    value: typeof value === 'number' ? value : undefined,
    words: t.ratingWords,
    t: core,
    onChange: (rating) => on.answer(question.id, rating),
  });
  if (!offersNotConcerned(question)) return scale;
  return html`${scale}
    <div class="not-concerned" part="not-concerned">
      ${checkboxField({
        id: `${id}-not-concerned`,
        label: question.notConcernedLabel ?? t.notConcernedBox,
        t: core,
        checked: value === NOT_CONCERNED,
        onChange: (checked) => on.answer(question.id, checked ? NOT_CONCERNED : undefined),
      })}
    </div>`;
}

/** The "non concerné" choice a yes/no or one-choice question adds last, when it offers it. */
function notConcernedOption(t: SurveyText['t'], question: Question): Array<{ value: string; label: string }> {
  if (!offersNotConcerned(question)) return [];
  return [{ value: NOT_CONCERNED, label: ('notConcernedLabel' in question ? question.notConcernedLabel : undefined) ?? t.notConcerned }];
}

/** "Oui" / "Non" side by side. */
export function renderYesNo({ t, core, question, state, on }: Of<'yesno'>): TemplateResult {
  const id = questionFieldId(question);
  const value = state.answers.answers[question.id];
  return choiceGroup({
    id,
    legend: question.label,
    hint: question.hint,
    required: question.required === true,
    error: state.errorFor(id),
    t: core,
    type: 'radio',
    inline: true,
    options: [{ value: 'yes', label: t.yes }, { value: 'no', label: t.no }, ...notConcernedOption(t, question)],
    selected: value === true ? ['yes'] : value === false ? ['no'] : value === NOT_CONCERNED ? [NOT_CONCERNED] : [],
    onChange: ([chosen]) => on.answer(question.id, chosen === NOT_CONCERNED ? NOT_CONCERNED : chosen === 'yes'),
  });
}

/** Radios (one answer) or checkboxes (several), and the "autre, précisez" text once "autre" is chosen. */
export function renderChoice({ t, core, question, state, on }: QuestionProps<ChoiceQuestion>): TemplateResult {
  const id = questionFieldId(question);
  const value = state.answers.answers[question.id];
  const multiple = question.type === 'multiple';
  const hints = [question.hint, multiple ? (question.maxChoices ? t.atMostChoices(question.maxChoices) : t.severalAnswers) : undefined];
  const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const otherChosen = question.other === true && selected.includes(OTHER_OPTION);
  const otherId = questionFieldId(question, true);
  return html`${choiceGroup({
    id,
    legend: question.label,
    hint: hints.filter(Boolean).join(' ') || undefined,
    required: question.required === true,
    error: state.errorFor(id),
    t: core,
    type: multiple ? 'checkbox' : 'radio',
    options: [
      ...question.options.map((option) => ({ value: option.id, label: option.label })),
      ...(question.other ? [{ value: OTHER_OPTION, label: question.otherLabel ?? t.otherLabel }] : []),
      ...notConcernedOption(t, question),
    ],
    selected,
    onChange: (chosen) => on.answer(question.id, multiple ? (chosen.length ? chosen : undefined) : chosen[0]),
  })}
  ${
    otherChosen
      ? html`<div class="other-field">
          ${textField({
            id: otherId,
            label: t.otherField(question.label),
            hint: t.textPrivacy,
            required: true,
            error: state.errorFor(otherId),
            t: core,
            value: state.answers.others[question.id] ?? '',
            maxlength: OTHER_TEXT_MAX,
            onInput: (text) => on.other(question.id, text),
          })}
        </div>`
      : nothing
  }`;
}

/** A line (short text) or a box with its characters left (long text); both remind not to write one's name. */
export function renderText({ t, core, question, state, on }: Of<'short-text' | 'long-text'>): TemplateResult {
  const id = questionFieldId(question);
  const value = state.answers.answers[question.id];
  const field = {
    id,
    label: question.label,
    hint: [question.hint, t.textPrivacy].filter(Boolean).join(' '),
    required: question.required === true,
    error: state.errorFor(id),
    t: core,
    value: typeof value === 'string' ? value : '',
    onInput: (text: string) => on.answer(question.id, text === '' ? undefined : text),
  };
  return question.type === 'short-text'
    ? textField({ ...field, maxlength: maxLengthOf(question) })
    : textArea({ ...field, maxChars: maxLengthOf(question), rows: 4 });
}
