import { html, type TemplateResult } from 'lit';
import { choiceGroup } from '../../../ui/form.js';
import type { Answers } from '../continuum-check.schema.js';
import type { ViewProps } from '../continuum-check.state.js';
import { alibiChecks, type AlibiAnswer, type AlibiCheckId } from '../continuum-content.js';

export interface AlibiOn {
  alibi(check: AlibiCheckId, answer: AlibiAnswer): void;
}

const answers: AlibiAnswer[] = ['yes', 'no', 'na'];

/** The four questions that tell real participation from a façade (HAS, 2023, fiche n° 3). */
export function renderAlibi({ t, core, state, on }: ViewProps<{ answers: Answers }, AlibiOn>): TemplateResult {
  return html`<p>${t.alibiIntro}</p>
    ${alibiChecks.map((check) => {
      const said = state.answers.alibi[check.id];
      return choiceGroup({
        id: `alibi-${check.id}`,
        legend: t.content.alibi[check.id].question,
        hint: t.content.alibi[check.id].hint,
        type: 'radio',
        inline: true,
        options: answers.map((value) => ({ value, label: t.alibiAnswers[value] })),
        selected: said ? [said] : [],
        onChange: ([value]) => on.alibi(check.id, value as AlibiAnswer),
        t: core,
      });
    })}`;
}
