import type { ReactiveControllerHost } from 'lit';
import { absoluteUrl, type ConfigProblem } from '../../core/config.js';
import type { FeedResult } from '../../core/json-feed.js';
import { FeedTask, TaskStatus } from '../../core/loader.js';
import { trackLoad } from '../../core/on-demand.js';
import type { DefinitionLanguage, SurveyDefinition, SurveyDefinitionInput } from './satisfaction-survey.schema.js';
import { definitionSource, type DefinitionSource } from './survey-logic.js';

type Tools = typeof import('./definition-tools.js');

export interface DefinitionOptions {
  /** The widget's config is valid (no fetch before). */
  configured: () => boolean;
  timeoutMs: () => number;
  /** The default questionnaire in a language (from the catalogue of the language in use). */
  defaultSurvey: (language: DefinitionLanguage) => SurveyDefinition;
  /** A fetch or a check starts (an earlier problem no longer stands). */
  loading: () => void;
  /** The address did not answer a questionnaire, or the object is not one: the widget shows and reports why. */
  failed: (problems: ConfigProblem[]) => void;
}

/** The widget's own file that checks a questionnaire could not be fetched (offline, a site half updated). */
function toolsMissing(): ConfigProblem[] {
  return [{ source: 'attribute', path: 'definition', expected: 'le fichier du widget qui lit un questionnaire', found: 'non chargé (réseau)' }];
}

/** The object as JSON, to know the same questionnaire given again; undefined when it cannot be written (a cycle). */
function fingerprint(definition: unknown): string | undefined {
  try {
    return JSON.stringify(definition);
  } catch {
    return undefined;
  }
}

/**
 * Where the questionnaire comes from (the default one, an object, or an address fetched through the
 * bounded feed loader) and the questionnaire itself in any language: the team's own texts resolved by
 * `resolveDefinition`, the default one from the catalogue. The shell asks `survey(tag)`.
 *
 * The default questionnaire is there at once. A team's own (object or address) needs its check and
 * its languages (definition-tools.ts), loaded on demand: the survey says "loading" meanwhile, and a
 * questionnaire that is not one is reported like a questionnaire fetched from an address.
 */
export class DefinitionController {
  private source: DefinitionSource = { kind: 'default' };
  private readonly task: FeedTask<SurveyDefinitionInput>;
  private tools: Tools | undefined;
  /** The object given and, once checked, the questionnaire it is (undefined when it is not one). */
  private object: { json: string | undefined; checking: boolean; definition?: SurveyDefinitionInput | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & object,
    private readonly options: DefinitionOptions,
  ) {
    this.task = new FeedTask<SurveyDefinitionInput>(host, {
      url: () => (options.configured() && this.source.kind === 'url' ? absoluteUrl(this.source.url) : undefined),
      load: async (url, signal): Promise<FeedResult<SurveyDefinitionInput>> => {
        options.loading();
        const tools = await this.loadTools().catch(() => undefined);
        if (!tools) return { ok: false, reason: 'network', problems: toolsMissing() };
        return tools.loadDefinition(url, signal, options.timeoutMs());
      },
      onFailure: (failure) => options.failed(failure.problems ?? []),
    });
  }

  /** Reads the `definition` setting: its problems when it is wrong (an object is checked on its way in). */
  use(definition: unknown): ConfigProblem[] | undefined {
    const source = definitionSource(definition);
    if (!source.ok) return source.problems;
    this.source = source.source;
    if (source.source.kind === 'object') this.check(source.source.definition);
    else this.object = undefined;
    return undefined;
  }

  /** The questionnaire comes from the team (an object or an address): a problem with it may stand. */
  get fetched(): boolean {
    return this.source.kind !== 'default';
  }

  /** The address is being fetched, or the object checked. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.object?.checking === true;
  }

  /** The questionnaire in `language`, once known. */
  survey(language: DefinitionLanguage): SurveyDefinition | undefined {
    if (this.source.kind === 'default') return this.options.defaultSurvey(language);
    const input = this.source.kind === 'object' ? this.object?.definition : this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return input && this.tools?.resolveDefinition(input, language);
  }

  private loadTools(): Promise<Tools> {
    return import('./definition-tools.js').then((tools) => (this.tools = tools));
  }

  /** Checks an object once (the same questionnaire given again, as a new object or not, is not checked again). */
  private check(definition: unknown): void {
    const json = fingerprint(definition);
    if (json !== undefined && this.object?.json === json) return;
    const object: NonNullable<DefinitionController['object']> = { json, checking: true };
    this.object = object;
    this.options.loading();
    const checked = this.loadTools().then(
      (tools) => {
        if (this.object !== object) return;
        const result = tools.checkDefinition(definition);
        if (result.ok) object.definition = result.value;
        else this.options.failed(result.problems);
      },
      () => {
        if (this.object !== object) return;
        this.object = undefined; // Tried again at the next change of the config.
        this.options.failed(toolsMissing());
      },
    );
    trackLoad(this.host, checked);
    void checked.finally(() => {
      object.checking = false;
      this.host.requestUpdate();
    });
  }
}
