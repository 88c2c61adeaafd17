import type { ReactiveControllerHost } from 'lit';
import type { ConfigProblem } from '../../core/config.js';
import { trackLoad } from '../../core/on-demand.js';
import type { DefinitionLanguage, SurveyDefinition } from './satisfaction-survey.schema.js';
import { definitionSource } from './survey-logic.js';
import type { TeamDefinition, TeamSource } from './team-definition.js';

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

/**
 * Where the questionnaire comes from and the questionnaire itself in any language. The default one
 * is there at once, from the catalogue. A team's own (an object, or an address fetched through the
 * bounded feed loader) needs its check and its languages: team-definition.ts and what it brings (the
 * zod schema, the French explanations of problems), loaded on demand — the survey says "loading"
 * meanwhile. The shell asks `survey(tag)`.
 */
export class DefinitionController {
  private source: TeamSource | undefined;
  private team: TeamDefinition | undefined;
  private loading: Promise<unknown> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & object,
    private readonly options: DefinitionOptions,
  ) {}

  /** Reads the `definition` setting: its problems when it is not an address nor an object. */
  use(definition: unknown): ConfigProblem[] | undefined {
    const read = definitionSource(definition);
    if (!read.ok) return read.problems;
    this.source = read.source.kind === 'default' ? undefined : read.source;
    if (this.team) this.team.use(this.source);
    else if (this.source) this.loadTeam();
    return undefined;
  }

  /** The questionnaire comes from the team (an object or an address): a problem with it may stand. */
  get fetched(): boolean {
    return this.source !== undefined;
  }

  /** A team's questionnaire is on its way (its file, its address). */
  get pending(): boolean {
    return this.source !== undefined && (this.loading !== undefined || this.team?.pending === true);
  }

  /** The questionnaire in `language`, once known. */
  survey(language: DefinitionLanguage): SurveyDefinition | undefined {
    return this.source ? this.team?.survey(language) : this.options.defaultSurvey(language);
  }

  private loadTeam(): void {
    if (this.loading) return;
    this.options.loading();
    this.loading = import('./team-definition.js')
      .then(
        ({ TeamDefinition }) => {
          this.team = new TeamDefinition(this.host, this.options);
          this.team.use(this.source);
        },
        () => {
          // Offline, a site half updated: said in the notice; tried again at the next change of the config.
          const problem: ConfigProblem = {
            source: 'attribute',
            path: 'definition',
            expected: 'le fichier du widget qui lit un questionnaire',
            found: 'non chargé (réseau)',
          };
          this.options.failed([problem]);
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
    trackLoad(this.host, this.loading);
  }
}
