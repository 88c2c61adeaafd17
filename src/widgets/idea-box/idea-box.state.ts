// The types the idea box's shell and its views share. Views import these, never the component.
import type { SummaryError } from '../../core/form-controller.js';
import type { CoreStrings } from '../../core/translations/fr.js';
import type { IdeaBoxConfig } from './idea-box.schema.js';
import type { PersonalDataFinding } from './personal-data.js';
import type { IdeaBoxStrings } from './translations/fr.js';

/** What the person has typed, kept as a draft. */
export interface IdeaDraft {
  theme: string;
  text: string;
  participate: boolean;
  contact: string;
  consent: boolean;
}

export const emptyDraft = (): IdeaDraft => ({ theme: '', text: '', participate: false, contact: '', consent: false });

/** The ids of the form's fields, in their order (error summary links, focus). */
export type IdeaFieldId = 'theme' | 'idea' | 'contact' | 'consent';

export interface Theme {
  id: string;
  label: string;
  /** The label's language when it is not the widget's (a theme the team wrote, shown in another language). */
  lang?: string | undefined;
}

export interface Status {
  id: string;
  label: string;
  color?: string | undefined;
}

/** The participation offer, when the team enabled it. */
export type Participation = NonNullable<IdeaBoxConfig['participation']>;

/** The strings every view reads: the idea box's, the shared ones, and dates in the view's language. */
export interface IdeaBoxTexts {
  box: IdeaBoxStrings;
  core: CoreStrings;
  formatDate: (isoDay: string) => string;
  /** The language of the strings shown ('fr', 'en', 'ar'). */
  locale: string;
}

/** The filters of the "vous avez dit, nous avons fait" list ('' = all). */
export interface IdeaFilters {
  status: string;
  theme: string;
}

export interface FormViewState {
  draft: IdeaDraft;
  themes: readonly Theme[];
  maxLength: number;
  participation: Participation | undefined;
  /** What the personal-data check found, while its warning is shown. */
  warning: PersonalDataFinding[] | undefined;
  sending: boolean;
  /** The error summary's entries ([] until a submit attempt). */
  summary: SummaryError[];
  /** The error to show now under each field. */
  errors: Partial<Record<IdeaFieldId, string>>;
  /** The shadow root the error summary's links focus into. */
  root: ShadowRoot | null;
}

export interface FormViewHandlers {
  submit: (event: Event) => void;
  patch: (patch: Partial<IdeaDraft>) => void;
  /** The person left a field after typing in it. */
  touch: (field: IdeaFieldId) => void;
  honeypot: (value: string) => void;
  editAfterWarning: () => void;
  sendAnyway: () => void;
}
