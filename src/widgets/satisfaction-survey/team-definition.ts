import type { ReactiveControllerHost } from 'lit';
import { absoluteUrl } from '../../core/config.js';
import type { FeedResult } from '../../core/json-feed.js';
import { FeedTask, TaskStatus } from '../../core/loader.js';
import { checkDefinition } from './definition-check.js';
import { resolveDefinition } from './definition-language.js';
import type { DefinitionOptions } from './definition-controller.js';
import { loadDefinition } from './load-definition.js';
import type { DefinitionLanguage, SurveyDefinition, SurveyDefinitionInput } from './satisfaction-survey.schema.js';

/** A team's questionnaire, as the `definition` setting gives it. */
export type TeamSource = { kind: 'object'; definition: unknown } | { kind: 'url'; url: string };

/** The object as JSON, to know the same questionnaire given again; undefined when it cannot be written (a cycle). */
function fingerprint(definition: unknown): string | undefined {
  try {
    return JSON.stringify(definition);
  } catch {
    return undefined;
  }
}

/**
 * A team's own questionnaire (loaded on demand by the DefinitionController, with its check and its
 * languages): an object checked once (the same questionnaire given again, as a new object or not, is
 * not checked again), or an address fetched through the bounded feed loader (aborted when the element
 * leaves, fetched again when it comes back). A questionnaire that is not one is reported through
 * `failed`, like the address that does not answer one.
 */
export class TeamDefinition {
  private source: TeamSource | undefined;
  private readonly task: FeedTask<SurveyDefinitionInput>;
  /** The object given, as JSON, and the questionnaire it is (undefined when it is not one). */
  private object: { json: string | undefined; definition: SurveyDefinitionInput | undefined } | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DefinitionOptions,
  ) {
    this.task = new FeedTask<SurveyDefinitionInput>(host, {
      url: () => (options.configured() && this.source?.kind === 'url' ? absoluteUrl(this.source.url) : undefined),
      load: (url, signal): Promise<FeedResult<SurveyDefinitionInput>> => {
        options.loading();
        return loadDefinition(url, signal, options.timeoutMs());
      },
      onFailure: (failure) => options.failed(failure.problems ?? []),
    });
    // The task reads its address at the host's next update.
    host.requestUpdate();
  }

  /** Takes the setting (undefined: the default questionnaire, nothing to do here). */
  use(source: TeamSource | undefined): void {
    this.source = source;
    if (source?.kind !== 'object') {
      this.object = undefined;
      return;
    }
    const json = fingerprint(source.definition);
    if (json !== undefined && this.object?.json === json) return;
    this.options.loading();
    const checked = checkDefinition(source.definition);
    this.object = { json, definition: checked.ok ? checked.value : undefined };
    if (!checked.ok) this.options.failed(checked.problems);
  }

  /** The address is being fetched. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The questionnaire in `language`, once known. */
  survey(language: DefinitionLanguage): SurveyDefinition | undefined {
    const input = this.source?.kind === 'object' ? this.object?.definition : this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return input && resolveDefinition(input, language);
  }
}
