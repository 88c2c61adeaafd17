import { html, nothing, type TemplateResult } from 'lit';
import type { ContinuumCheckConfig } from '../continuum-check.schema.js';
import { practices } from '../continuum-practices.js';
import type { ContinuumText } from '../continuum-check.state.js';

/** The team's pages for the suite's other widgets (config `toolPages`). */
export type ToolPages = NonNullable<ContinuumCheckConfig['toolPages']>;

const byId = new Map(practices.map((p) => [p.id, p]));

/**
 * How to take a practice on: one line, the HAS fiches that help, and the widget of this suite that
 * helps — a link when the team gave its page, its name otherwise.
 */
export function renderStepHelp(t: ContinuumText, practiceId: string, toolPages: ToolPages | undefined): TemplateResult | typeof nothing {
  const practice = byId.get(practiceId);
  if (!practice) return nothing;
  const tool = practice.tool;
  const page = tool ? toolPages?.[tool] : undefined;
  return html`<span class="step-help">
    <span class="how">${t.howLabel} ${t.content.how[practiceId]}</span>
    <span class="fiches">(${t.fichesLabel(practice.fiches)})</span>
    ${tool ? html`<span class="tool">${t.toolLabel} ${page ? html`<a href=${page}>${t.content.tools[tool]}</a>` : t.content.tools[tool]}</span>` : nothing}
  </span>`;
}
