// A minimal widget on the shared base, for the core tests: a static schema, two own attributes,
// a SubmissionController and a DraftController, and nothing else.
import { html } from 'lit';
import * as z from 'zod/mini';
import { field, type AttributeValue, type ConfigProblem } from '../../src/core/config.js';
import { DraftController } from '../../src/core/draft-controller.js';
import { SubmissionController } from '../../src/core/submission-controller.js';
import { MspWidget, defineElement } from '../../src/core/widget-base.js';
import { commonConfigShape, fieldSchema } from '../../src/core/widget-config.js';

const harnessAttributes = {
  feed: { attribute: 'feed', field: field.url },
  retentionMonths: { attribute: 'retention-months', field: field.int(1, 120) },
  kiosk: { attribute: 'kiosk', field: field.boolean },
};

export const harnessConfigSchema = z.strictObject({
  ...commonConfigShape,
  feed: z.optional(fieldSchema(harnessAttributes.feed.field)),
  retentionMonths: z.optional(fieldSchema(harnessAttributes.retentionMonths.field)),
  title: z.optional(z.string()),
  kiosk: z.optional(fieldSchema(harnessAttributes.kiosk.field)),
});
export type HarnessConfig = z.infer<typeof harnessConfigSchema>;

export class MspHarness extends MspWidget<HarnessConfig> {
  static override loadConfigSchema = () => Promise.resolve(harnessConfigSchema);
  static override configAttributes = harnessAttributes;
  declare feed: string | undefined;
  declare retentionMonths: number | undefined;
  declare kiosk: boolean;
  readonly kind = 'idea' as const;
  readonly submission = new SubmissionController(this);
  draftKey: string | undefined = 'harness';
  readonly drafts = new DraftController<{ text: string }>(this, { key: () => this.draftKey, dbName: () => this.submissionTarget.dbName, delayMs: 100 });
  constructor() {
    super();
    this.kiosk = false;
  }

  /** Every settings object the base handed to settingsChanged. */
  readonly seen: HarnessConfig[] = [];

  /** The settings, read from outside for the tests. */
  get current(): HarnessConfig {
    return this.settings;
  }

  protected override settingsChanged(settings: HarnessConfig): void {
    this.seen.push(settings);
  }

  showLoadProblems(problems: ConfigProblem[]): void {
    this.reportLoadProblems(problems);
  }

  protected override renderContent() {
    return html`<h2 id="title">${this.settings.title ?? 'Harnais'}</h2>
      <p id="state">${this.submission.state}</p>`;
  }
}
defineElement('msp-harness', MspHarness);

/** The same widget with a check the schema cannot make: the title must not shout. */
export class MspStrictHarness extends MspHarness {
  protected override resolveConfig(json: unknown, commonAttributes: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const result = super.resolveConfig(json, commonAttributes, inlineProblems);
    const title = (result?.value as HarnessConfig | undefined)?.title;
    if (title && title === title.toUpperCase()) {
      return { value: undefined, problems: [{ source: 'config' as const, path: 'title', expected: 'un titre en minuscules', found: `"${title}"` }] };
    }
    return result;
  }
}
defineElement('msp-strict-harness', MspStrictHarness);

declare global {
  interface HTMLElementTagNameMap {
    'msp-harness': MspHarness;
    'msp-strict-harness': MspStrictHarness;
  }
}
