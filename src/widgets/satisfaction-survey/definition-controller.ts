import type { ReactiveControllerHost } from 'lit';
import { absoluteUrl, type ConfigProblem } from '../../core/config.js';
import { FeedTask, TaskStatus } from '../../core/loader.js';
import { resolveDefinition } from './definition-language.js';
import { loadDefinition } from './load-definition.js';
import type { DefinitionLanguage, SurveyDefinition, SurveyDefinitionInput } from './satisfaction-survey.schema.js';
import { definitionSource, type DefinitionSource } from './survey-logic.js';

export interface DefinitionOptions {
  /** The widget's config is valid (no fetch before). */
  configured: () => boolean;
  timeoutMs: () => number;
  /** The default questionnaire in a language (from the catalogue of the language in use). */
  defaultSurvey: (language: DefinitionLanguage) => SurveyDefinition;
  /** A fetch starts (an earlier loading problem no longer stands). */
  loading: () => void;
  /** The address did not answer a questionnaire: the widget shows and reports why. */
  failed: (problems: ConfigProblem[]) => void;
}

/**
 * Where the questionnaire comes from (the default one, an object, or an address fetched through the
 * bounded feed loader) and the questionnaire itself in any language: the team's own texts resolved by
 * `resolveDefinition`, the default one from the catalogue. The shell asks `survey(tag)`.
 */
export class DefinitionController {
  private source: DefinitionSource = { kind: 'default' };
  private readonly task: FeedTask<SurveyDefinitionInput>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DefinitionOptions,
  ) {
    this.task = new FeedTask<SurveyDefinitionInput>(host, {
      url: () => (options.configured() && this.source.kind === 'url' ? absoluteUrl(this.source.url) : undefined),
      load: (url, signal) => {
        options.loading();
        return loadDefinition(url, signal, options.timeoutMs());
      },
      onFailure: (failure) => options.failed(failure.problems ?? []),
    });
  }

  /** Reads the `definition` setting; its problems when it is wrong (an object is checked at once). */
  use(definition: unknown): ConfigProblem[] | undefined {
    const source = definitionSource(definition);
    if (!source.ok) return source.problems;
    this.source = source.source;
    return undefined;
  }

  /** The questionnaire comes from an address (a loading problem may then stand). */
  get fetched(): boolean {
    return this.source.kind === 'url';
  }

  /** The address is being fetched. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The questionnaire in `language`, once known. */
  survey(language: DefinitionLanguage): SurveyDefinition | undefined {
    if (this.source.kind === 'default') return this.options.defaultSurvey(language);
    const input = this.source.kind === 'object' ? this.source.definition : this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return input && resolveDefinition(input, language);
  }
}
