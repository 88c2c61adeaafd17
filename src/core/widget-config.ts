// The full check of a widget's configuration, with zod: loaded on demand by the widget base (a JSON
// config, or an attribute the quick check of config.ts does not accept), and by each widget's schema.
import { z } from './zod.js';
import {
  commonAttributes,
  explanations,
  field,
  isUnexplained,
  loadExplanations,
  markUnexplained,
  type AttributeValue,
  type ConfigProblem,
  type FieldSpec,
} from './config.js';

/** An http(s) address, relative to the page or absolute. */
export const httpUrl = () => fieldSchema(field.url);

/** Bounded text: what a config string may hold (no multi-megabyte labels). */
export const text = (max = 500) => z.string().check(z.maxLength(max));

type SchemaOf<S extends FieldSpec> = S extends { type: 'boolean' }
  ? z.ZodMiniBoolean
  : S extends { type: 'int' }
    ? z.ZodMiniNumber
    : S extends { type: 'oneOf'; values: infer V extends readonly [string, ...string[]] }
      ? z.ZodMiniEnum<{ [K in V[number]]: K }>
      : z.ZodMiniString;

/** The zod schema of an attribute's `FieldSpec`: the same rule as its quick check, with its explanation. */
export function fieldSchema<S extends FieldSpec>(spec: S): SchemaOf<S> {
  switch (spec.type) {
    case 'boolean':
      return z.boolean() as SchemaOf<S>;
    case 'int':
      return z.number().check(z.int(spec.expected), z.gte(spec.min), z.lte(spec.max)) as SchemaOf<S>;
    case 'oneOf':
      return z.enum(spec.values) as unknown as SchemaOf<S>;
    case 'string': {
      const { test, expected } = spec;
      return (test ? z.string().check(z.maxLength(spec.max), z.refine(test, expected)) : z.string().check(z.maxLength(spec.max))) as SchemaOf<S>;
    }
  }
}

/** Explains a failed check, or, before the explanations are loaded, says where only (and asks for them). */
function problemsOf(issues: readonly z.core.$ZodIssue[], input: unknown, source: ConfigProblem['source']): ConfigProblem[] {
  if (explanations) return explanations.explainIssues(issues, input, source);
  void loadExplanations();
  return issues.map((issue) => markUnexplained({ source, path: issue.path.map(String).join('.') || '(racine)', expected: '…', found: '…' }));
}

/** JSON config keys every widget understands; each widget spreads this into its own strict object. */
export const commonConfigShape = {
  /** Where submissions are POSTed; none → kept in this browser's IndexedDB. */
  endpoint: z.optional(fieldSchema(commonAttributes.endpoint.field)),
  /** The structure's name, shown in texts and sent in the envelope. */
  structureName: z.optional(fieldSchema(commonAttributes.structureName.field)),
  /** IndexedDB database name, to keep two sites on one origin apart. */
  dbName: z.optional(fieldSchema(commonAttributes.dbName.field)),
  /** Seconds a form must be open before sending (spam guard). */
  minSecondsToSubmit: z.optional(z.number().check(z.gte(0), z.lte(600))),
  /** How long one send may take before it is retried later (ms). */
  requestTimeoutMs: z.optional(z.number().check(z.gte(500), z.lte(120_000))),
  /** The level of the widget's own heading (2–6); its sub-headings follow. */
  headingLevel: z.optional(fieldSchema(commonAttributes.headingLevel.field)),
  /** The page already titles the widget: its own title is not drawn. */
  hideHeading: z.optional(fieldSchema(commonAttributes.hideHeading.field)),
  /** French easy-read (FALC) by default, for the widgets the public fills in. */
  easyRead: z.optional(fieldSchema(commonAttributes.easyRead.field)),
};

/** The schema of a widget that declares none: the common keys only. */
export const commonConfigSchema = z.strictObject(commonConfigShape);

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
  return isUnexplained(problem) ? markUnexplained(named) : named;
}
