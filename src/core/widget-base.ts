import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { languageBar } from './language-bar.js';
import type { ZodMiniObject } from 'zod/mini';
import {
  absoluteUrl,
  isUnexplained,
  loadExplanations,
  quickConfig,
  commonAttributes,
  readInlineJson,
  type AttributeValue,
  type ConfigAttributes,
  type ConfigProblem,
} from './config.js';
import type { SubmissionKind } from './envelope.js';
import { MspErrorEvent } from './events.js';
import { LocaleController } from './i18n.js';
import { loadFailedNotice, loadingLine, loadsSettled, OnDemand, trackLoad } from './on-demand.js';
import { chooseLanguage } from './language-choice.js';
import { DEFAULT_DATABASE, storageAvailable } from './storage-probe.js';
import { coreCatalog } from './translations/index.js';
import { headingAt, headingLevel, type HeadingOptions, type WidgetUi } from './widget-ui.js';

/** The settings every widget resolves, whatever else it has. */
export interface CommonSettings {
  endpoint?: string | undefined;
  structureName?: string | undefined;
  dbName?: string | undefined;
  minSecondsToSubmit?: number | undefined;
  requestTimeoutMs?: number | undefined;
  headingLevel?: number | undefined;
  hideHeading?: boolean | undefined;
  easyRead?: boolean | undefined;
}

/** Where and how a widget's submissions go, resolved from its config. */
export interface SubmissionTarget {
  kind: SubmissionKind | undefined;
  /** Absolute endpoint URL, or undefined for the local store. */
  endpoint: string | undefined;
  structure: string | undefined;
  locale: string;
  dbName: string;
  minSecondsToSubmit: number;
  requestTimeoutMs: number;
}

/** The outcome of a config check: the merged settings, or every problem found. */
export interface ResolvedConfig {
  value: CommonSettings | undefined;
  problems: ConfigProblem[];
}

type FullCheck = (json: unknown, attributes: AttributeValue[], extraProblems: ConfigProblem[]) => ResolvedConfig;
/** The full check of each widget class, once its schema and zod have arrived. */
const fullChecks = new WeakMap<object, FullCheck>();
const fullChecksLoading = new WeakMap<object, Promise<FullCheck>>();

/** Loads a widget class's full check (its zod schema and `resolveWidgetConfig`), once; again after a failure. */
function loadFullCheck(widget: typeof MspWidget): Promise<FullCheck> {
  let loading = fullChecksLoading.get(widget);
  if (!loading) {
    loading = Promise.all([import('./widget-config.js'), widget.loadConfigSchema()]).then(
      ([{ resolveWidgetConfig }, schema]) => {
        const check: FullCheck = (json, attributes, extra) => resolveWidgetConfig(schema, json, attributes, extra);
        fullChecks.set(widget, check);
        return check;
      },
      (error: unknown) => {
        fullChecksLoading.delete(widget);
        throw error;
      },
    );
    fullChecksLoading.set(widget, loading);
  }
  return loading;
}

/**
 * What every msp-* element shares: the common attributes, config resolution (attributes, `config`
 * property or inline JSON) with a console error and a visible notice when it is wrong, the locale,
 * and the wrapper that carries `lang` and `dir`. A widget declares its config and renders its content:
 *
 * ```ts
 * export class MspIdeaBox extends MspWidget<IdeaBoxConfig> {
 *   static override loadConfigSchema = () => import('./idea-box.schema.js').then((m) => m.ideaBoxConfigSchema);
 *   static override configAttributes = { feed: { attribute: 'feed', field: field.url } }; // JSON key (= property)
 *   declare feed: string | undefined; // a Lit property, declared by configAttributes
 *   readonly kind = 'idea' as const;
 *   protected override renderContent() { return html`…${this.settings.invitation}…`; }
 * }
 * ```
 * `this.settings` holds the valid, merged settings (`{}` while the config is invalid). A widget that
 * needs checks beyond the schema overrides `resolveConfig` and calls `super.resolveConfig(...)` first.
 *
 * Attributes alone that pass their quick check (`FieldSpec`, config.ts) need no zod: the widget draws
 * its content in its first update. A JSON config, or an attribute the quick check does not accept,
 * loads the full check (zod and the widget's schema) and shows a "loading" line meanwhile.
 */
export abstract class MspWidget<Settings extends CommonSettings = CommonSettings> extends LitElement {
  /** Loads the widget's strict zod/mini object schema (it spreads `commonConfigShape`): on demand, see above. */
  static loadConfigSchema: () => Promise<ZodMiniObject> = () => import('./widget-config.js').then((module) => module.commonConfigSchema);
  /**
   * The widget's own attributes beyond the common ones, by JSON key (also the property name): the
   * attribute's name and what it holds, `{ feed: { attribute: 'feed', field: field.url } }`. Each becomes
   * a Lit property (`finalize`); its key in the schema must be `fieldSchema(field)`.
   */
  static configAttributes: ConfigAttributes = {};
  /** The person may choose the language and easy-read (a bar at the top): the usager-facing widgets. */
  static languageChoice = false;

  /** Beyond these, each config attribute (`commonAttributes`, the widget's `configAttributes`) is a property: see `finalize`. */
  static override properties: PropertyDeclarations = {
    lang: { type: String },
    config: { attribute: false },
    configProblems: { state: true },
    checkingConfig: { state: true },
    fullCheckFailed: { state: true },
    loadProblems: { state: true },
    noStorage: { state: true },
  };

  /**
   * Declares each config attribute as a Lit property, before Lit reads the class's own `properties`
   * (an entry there still wins: the survey's `kiosk` reflects): an attribute is written once, in its
   * `ConfigAttributes`, with its name and what it holds.
   */
  protected static override finalize(): void {
    if (!Object.hasOwn(this, 'finalized')) {
      const declared = this === MspWidget ? commonAttributes : Object.hasOwn(this, 'configAttributes') ? this.configAttributes : {};
      for (const [key, { attribute, field }] of Object.entries(declared)) {
        this.createProperty(key, { attribute, type: field.type === 'boolean' ? Boolean : field.type === 'int' ? Number : String });
      }
    }
    super.finalize();
  }

  /** Where submissions are POSTed (JSON envelope). Without it, they are kept in this browser. */
  declare endpoint: string | undefined;
  /** The structure's name ("Maison de santé des Tilleuls"), shown in texts and sent with submissions. */
  declare structureName: string | undefined;
  /** IndexedDB database name; only to keep two sites on the same origin apart. */
  declare dbName: string | undefined;
  /** French easy-read (FALC) by default; the person can still switch it off (usager widgets). */
  declare easyRead: boolean;
  /** The level of the widget's own heading, 2–6 (2 by default); sub-headings follow. */
  declare headingLevel: number | undefined;
  /** The page already titles the widget: its own title is not drawn. */
  declare hideHeading: boolean;
  /** Rich configuration as an object; an inline `<script type="application/json">` child does the same. */
  declare config: unknown;
  declare protected configProblems: ConfigProblem[];
  /** The full check of the config is on its way (see the class comment): a "loading" line meanwhile. */
  declare protected checkingConfig: boolean;
  /** The full check could not be loaded (offline): said, with a button to try again. */
  declare private fullCheckFailed: boolean;
  /** Problems of configuration fetched after the first render (a definition or feed from a URL). */
  declare protected loadProblems: ConfigProblem[];

  /**
   * Nowhere to put a submission: no endpoint and no storage on this page (a sandboxed frame). Said at
   * once, before the person writes anything.
   */
  declare protected noStorage: boolean;

  /** The envelope kind this widget submits; undefined for a widget that submits nothing (the results view). */
  abstract readonly kind: SubmissionKind | undefined;

  protected readonly coreText = new LocaleController(this, coreCatalog);
  /** Read-aloud (speech.ts): asked for by the first render, its buttons come with it; `updateComplete` waits. */
  private readonly speech = new OnDemand(
    this,
    () => import('./speech.js').then(({ SpeechController }) => new SpeechController(this)),
    () => (this.constructor as typeof MspWidget).languageChoice,
  );
  /** The resolved, valid settings: the JSON config merged with the attributes (`{}` until valid). */
  protected settings: Settings = {} as Settings;
  private readonly reported = new Set<string>();
  /** The explanations of a wrong config on their way (config-problems.ts); `updateComplete` waits for them. */
  private explaining: Promise<unknown> | undefined;
  /** Resolve the config again at the next update: its explanations have arrived. */
  private explainAgain = false;

  constructor() {
    super();
    this.configProblems = [];
    this.checkingConfig = false;
    this.fullCheckFailed = false;
    this.loadProblems = [];
    this.easyRead = false;
    this.hideHeading = false;
    this.noStorage = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.checkStorage();
  }

  /** A widget that submits, with no endpoint, on a page that may not store anything: tell both sides now. */
  private async checkStorage(): Promise<void> {
    if (!this.kind) return;
    // With an endpoint the widget sends directly: no need to open a probe database on every page load.
    await this.updateComplete;
    if (this.settings.endpoint || !this.configured || this.noStorage || (await storageAvailable())) return;
    // The cause and the fix, from their own file (storage-hint.ts): a page that can store never downloads them.
    const hint = await import('./storage-hint.js').then(
      (module) => module.noStorageHint,
      () => 'Cette page ne peut rien enregistrer dans le navigateur, et aucun attribut endpoint n’est donné.',
    );
    if (this.noStorage) return;
    this.noStorage = true;
    console.error(`[${this.localName}] ${hint}`);
    this.dispatchEvent(new MspErrorEvent({ kind: this.kind, reason: 'no-storage' }));
  }

  /** Headings at the widget's level and read-aloud buttons in its language, for the views. */
  protected get ui(): WidgetUi {
    const level = headingLevel(this.settings.headingLevel);
    const hidden = Boolean(this.settings.hideHeading);
    const { locale } = this.coreText;
    const t = this.coreText.t;
    return {
      heading: (content, options: HeadingOptions = {}) => (options.title && hidden ? nothing : headingAt(level, content, options)),
      readAloud: (text, label, lang = locale) => this.speech.value?.button(text, t.readAloud(label ?? firstWords(text)), lang) ?? nothing,
    };
  }

  /**
   * Forms are submitted by us, not by the browser: a sandboxed iframe without `allow-forms` (CMS
   * previews, some embeds) blocks native submission and never fires `submit`. A click on a submit
   * button (Enter in a field clicks it too: implicit submission) dispatches `submit` on its form, so
   * each widget's `@submit` handler runs everywhere, once.
   */
  private readonly submitOnClick = (event: Event): void => {
    if (event.defaultPrevented) return;
    const button = (event.target as Element | null)?.closest?.('button[type=submit], button:not([type]), input[type=submit]');
    const form = (button as HTMLButtonElement | HTMLInputElement | null)?.form;
    if (!button || !form) return;
    event.preventDefault();
    form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: button as HTMLElement }));
  };

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', this.submitOnClick);
    return root;
  }

  /**
   * Validates the widget's config against its static `configSchema`, the common attributes and its
   * `configAttributes`; returns the merged settings (undefined when invalid) and the problems.
   * Override to add checks the schema cannot make (call `super.resolveConfig` first).
   */
  protected resolveConfig(json: unknown, common: AttributeValue[], inlineProblems: ConfigProblem[]): ResolvedConfig | undefined {
    const widget = this.constructor as typeof MspWidget;
    const attributes = [...common, ...this.attributeValues(widget.configAttributes)];
    const quick = inlineProblems.length ? undefined : quickConfig(json, attributes);
    if (quick) return { value: quick, problems: [] };
    const check = fullChecks.get(widget);
    return check ? check(json, attributes, inlineProblems) : undefined;
  }

  /** The values of these attributes, each with its JSON key and what it may hold. */
  private attributeValues(declared: ConfigAttributes): AttributeValue[] {
    return Object.entries(declared).map(([key, { attribute, field }]) => {
      const value = (this as unknown as Record<string, unknown>)[key];
      // A boolean attribute cannot say false: absent means "not set", so the JSON config still decides.
      return { attribute, key, field, value: value === false && field.type === 'boolean' ? undefined : value };
    });
  }

  /** Called in `willUpdate` each time a valid config is resolved (start loading a feed, say). */
  protected settingsChanged?(settings: Settings): void;

  /** The widget's own content, rendered once its config is valid. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /** Where submissions go, for the submission controller. */
  get submissionTarget(): SubmissionTarget {
    return {
      kind: this.kind,
      endpoint: this.settings.endpoint ? absoluteUrl(this.settings.endpoint) : undefined,
      structure: this.settings.structureName,
      locale: this.coreText.tag,
      dbName: this.settings.dbName ?? DEFAULT_DATABASE,
      minSecondsToSubmit: this.settings.minSecondsToSubmit ?? 3,
      requestTimeoutMs: this.settings.requestTimeoutMs ?? 15_000,
    };
  }

  /** True once the attributes and the inline or property config were read and found valid. */
  protected get configured(): boolean {
    return !this.checkingConfig && this.configProblems.length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('lang')) this.coreText.update();
    const publicChange = [...changed.keys()].some((key) => {
      const options = (this.constructor as typeof LitElement).elementProperties.get(key);
      return options && !options.state;
    });
    if (publicChange || !this.hasUpdated || this.explainAgain) {
      this.explainAgain = false;
      this.applyConfig();
    }
  }

  /** Also waits for the explanations of a wrong config, so the notice and the console say it all. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // The explanations of a wrong config, the strings of a language, the config's full check and the
    // views being loaded; each may bring an update, and an update may start another of them.
    for (;;) {
      while (this.explaining || this.isUpdatePending) {
        await this.explaining;
        await loadsSettled(this);
        result = await super.getUpdateComplete();
      }
      await loadsSettled(this);
      if (!this.explaining && !this.isUpdatePending) return result;
    }
  }

  private applyConfig(): void {
    const inline = this.config === undefined ? readInlineJson(this) : {};
    const json = this.config ?? inline.value;
    const attributes = this.attributeValues(commonAttributes);
    let result: ResolvedConfig | undefined;
    try {
      result = this.resolveConfig(json, attributes, inline.problem ? [inline.problem] : []);
      this.checkingConfig = !result;
      if (!result) return this.loadFullCheck();
    } catch (error) {
      // A config the schema let through but the widget could not use: still a notice, never a blank box.
      result = {
        value: undefined,
        problems: [{ source: 'config', path: '(racine)', expected: 'une configuration utilisable', found: String(error).slice(0, 120) }],
      };
    }
    this.configProblems = result.problems;
    this.settings = (result.value ?? {}) as Settings;
    this.report(result.problems);
    if (result.value) this.settingsChanged?.(this.settings);
  }

  /** Loads the full check of the config, then resolves it again (the "loading" line shows meanwhile). */
  private loadFullCheck(): void {
    const loading = loadFullCheck(this.constructor as typeof MspWidget).then(
      () => {
        this.explainAgain = true;
        this.requestUpdate();
      },
      () => {
        // Offline, or the files are missing: said in the widget, with a button to try again.
        console.error(`[${this.localName}] La vérification de la configuration n’a pas pu être chargée (hors ligne, ou fichiers manquants).`);
        this.fullCheckFailed = true;
      },
    );
    trackLoad(this, loading);
  }

  /**
   * Shows problems found in configuration loaded after the first render (a questionnaire fetched
   * from a URL): the same console error, `msp-error` and notice as for attributes. [] clears them.
   */
  protected reportLoadProblems(problems: ConfigProblem[]): void {
    this.loadProblems = problems;
    this.report(problems);
  }

  /**
   * Console error and `msp-error`, once per distinct problem. Their French explanations load on the
   * first problem (a page whose widgets are well set up never downloads them); problems found before
   * that are resolved again once they are here.
   */
  private report(problems: ConfigProblem[]): void {
    if (problems.some(isUnexplained)) {
      this.whenExplained(() => {
        this.explainAgain = true;
        this.requestUpdate();
      });
      return;
    }
    const fresh = problems.filter((p) => !this.reported.has(JSON.stringify(p)));
    if (!fresh.length) return;
    fresh.forEach((p) => this.reported.add(JSON.stringify(p)));
    this.whenExplained(({ reportProblems }) => {
      reportProblems(this.localName, fresh);
      this.dispatchEvent(new MspErrorEvent({ ...(this.kind ? { kind: this.kind } : {}), reason: 'config', problems }));
    });
  }

  private whenExplained(then: (explanations: Awaited<ReturnType<typeof loadExplanations>>) => void): void {
    const step = loadExplanations().then(then, () => {
      // The file could not be fetched (offline, files missing): the notice stays, with paths only.
      console.error(`[${this.localName}] Configuration invalide (explications indisponibles).`);
    });
    const chained = Promise.all([this.explaining, step]).finally(() => {
      if (this.explaining === chained) this.explaining = undefined;
    });
    this.explaining = chained;
  }

  private renderConfigNotice() {
    const t = this.coreText.t;
    return html`<div class="notice error" part="config-notice" role="alert">
      <p><strong>${t.configNoticeTitle}</strong></p>
      <p>${t.configNoticeBody}</p>
      <details>
        <summary>${t.configNoticeDetails}</summary>
        <ul>
          ${[...this.configProblems, ...this.loadProblems]
            .slice(0, 10)
            .map((p) => html`<li><code>${p.path}</code>${isUnexplained(p) ? nothing : html` : ${t.configProblem(p.expected, p.found)}`}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  protected override render() {
    const { locale, easyRead, dir } = this.coreText;
    const choose = (this.constructor as typeof MspWidget).languageChoice && this.configured;
    const level = headingLevel(this.settings.headingLevel);
    return html`<div class=${easyRead ? 'root easy-read' : 'root'} part="base" lang=${locale} dir=${dir} data-heading-level=${level}>
      ${
        choose
          ? languageBar({
              t: this.coreText.t,
              locale,
              easyRead,
              on: { locale: (chosen) => chooseLanguage({ locale: chosen }), easyRead: (on) => chooseLanguage({ easyRead: on }) },
            })
          : nothing
      }
      ${this.renderContentOrNotice()}
    </div>`;
  }

  /** The widget's content, or what stands in its way: no storage, its config being checked or wrong. */
  private renderContentOrNotice() {
    const t = this.coreText.t;
    if (this.noStorage && !this.settings.endpoint)
      return html`<div class="notice warning" part="storage-notice" role="status"><p>${t.noStorageNotice}</p></div>`;
    if (this.fullCheckFailed)
      return loadFailedNotice(t, () => {
        this.fullCheckFailed = false;
        this.explainAgain = true;
      });
    if (this.checkingConfig) return loadingLine(t);
    return this.configured && !this.loadProblems.length ? this.renderContent() : this.renderConfigNotice();
  }
}

/** The start of a text, to name its read-aloud button without repeating a whole paragraph. */
function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : text.trim();
}

/** Defines a tag once: loading a bundle twice, or two bundles, must not throw. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
