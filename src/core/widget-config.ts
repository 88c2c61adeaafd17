import * as z from 'zod/mini';
import { httpUrl, text, type ConfigProblem } from './config.js';

type Explanations = typeof import('./config-problems.js');

/** The French explanations, once loaded (the first wrong configuration loads them). */
let explanations: Explanations | undefined;
let explanationsLoading: Promise<Explanations> | undefined;

/**
 * Loads the French explanations of configuration problems (config-problems.ts): a separate file that a
 * page with well-configured widgets never downloads. Resolves at once when they are already there.
 */
export function loadExplanations(): Promise<Explanations> {
  return (explanationsLoading ??= import('./config-problems.js').then((module) => (explanations = module)));
}

/** Problems found before the explanations were loaded: a path and no words yet (see `resolveWidgetConfig`). */
const unexplained = new WeakSet<ConfigProblem>();

/** True for a problem found before the explanations arrived: resolve again once `loadExplanations()` is done. */
export function isUnexplained(problem: ConfigProblem): boolean {
  return unexplained.has(problem);
}

/** Explains a failed check, or, before the explanations are loaded, says where only (and asks for them). */
function problemsOf(issues: readonly z.core.$ZodIssue[], input: unknown, source: ConfigProblem['source']): ConfigProblem[] {
  if (explanations) return explanations.explainIssues(issues, input, source);
  void loadExplanations();
  return issues.map((issue) => {
    const problem: ConfigProblem = { source, path: issue.path.map(String).join('.') || '(racine)', expected: '…', found: '…' };
    unexplained.add(problem);
    return problem;
  });
}

/** JSON config keys every widget understands; each widget spreads this into its own strict object. */
export const commonConfigShape = {
  /** Where submissions are POSTed; none → kept in this browser's IndexedDB. */
  endpoint: z.optional(httpUrl()),
  /** The structure's name, shown in texts and sent in the envelope. */
  structureName: z.optional(text(200)),
  /** IndexedDB database name, to keep two sites on one origin apart. */
  dbName: z.optional(z.string().check(z.regex(/^[\w.-]{1,64}$/, 'un nom court (lettres, chiffres, - _ .)'))),
  /** Seconds a form must be open before sending (spam guard). */
  minSecondsToSubmit: z.optional(z.number().check(z.gte(0), z.lte(600))),
  /** How long one send may take before it is retried later (ms). */
  requestTimeoutMs: z.optional(z.number().check(z.gte(500), z.lte(120_000))),
  /** The level of the widget's own heading (2–6); its sub-headings follow. */
  headingLevel: z.optional(z.number().check(z.int(), z.gte(2), z.lte(6))),
  /** The page already titles the widget: its own title is not drawn. */
  hideHeading: z.optional(z.boolean()),
  /** French easy-read (FALC) by default, for the widgets the public fills in. */
  easyRead: z.optional(z.boolean()),
};

/** An attribute's value with the JSON key it fills. */
export interface AttributeValue {
  attribute: string;
  key: string;
  value: unknown;
}

/**
 * Validates a widget's JSON config and its attributes against the same schema; attributes win over
 * the JSON (they are the explicit, common case). Returns the merged value or every problem found.
 * Until `loadExplanations()` has resolved, problems only say where they are (`isUnexplained`): the
 * widget base loads the explanations and resolves again.
 */
export function resolveWidgetConfig<S extends z.ZodMiniObject>(
  schema: S,
  json: unknown,
  attributes: AttributeValue[],
  extraProblems: ConfigProblem[] = [],
): { value: z.infer<S> | undefined; problems: ConfigProblem[] } {
  const problems = [...extraProblems];
  const input = json ?? {};
  const fromJson = z.safeParse(schema, input);
  if (!fromJson.success) problems.push(...problemsOf(fromJson.error.issues, input, 'config'));
  const merged: Record<string, unknown> = fromJson.success ? { ...(fromJson.data as object) } : {};
  for (const { attribute, key, value } of attributes) {
    if (value === undefined || value === null) continue;
    const fieldSchema = (schema.shape as Record<string, z.core.$ZodType>)[key];
    if (!fieldSchema) continue;
    const checked = z.safeParse(fieldSchema, value);
    if (checked.success) merged[key] = checked.data;
    else problems.push(...problemsOf(checked.error.issues, value, 'attribute').map((p) => relabel(p, attribute)));
  }
  return { value: problems.length ? undefined : (merged as z.infer<S>), problems };
}

/** The problem named by its attribute (keeping its "unexplained" mark). */
function relabel(problem: ConfigProblem, attribute: string): ConfigProblem {
  const named = { ...problem, path: attribute };
  if (unexplained.has(problem)) unexplained.add(named);
  return named;
}
