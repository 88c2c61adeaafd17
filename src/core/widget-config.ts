import * as z from 'zod/mini';
import { checkConfig, httpUrl, text, type ConfigProblem } from './config.js';

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
 */
export function resolveWidgetConfig<S extends z.ZodMiniObject>(
  schema: S,
  json: unknown,
  attributes: AttributeValue[],
  extraProblems: ConfigProblem[] = [],
): { value: z.infer<S> | undefined; problems: ConfigProblem[] } {
  const problems = [...extraProblems];
  const fromJson = checkConfig(schema, json ?? {}, 'config');
  if (!fromJson.ok) problems.push(...fromJson.problems);
  const merged: Record<string, unknown> = fromJson.ok ? { ...(fromJson.value as object) } : {};
  for (const { attribute, key, value } of attributes) {
    if (value === undefined || value === null) continue;
    const fieldSchema = (schema.shape as Record<string, z.core.$ZodType>)[key];
    if (!fieldSchema) continue;
    const checked = checkConfig(fieldSchema, value, 'attribute');
    if (checked.ok) merged[key] = checked.value;
    else problems.push(...checked.problems.map((p) => ({ ...p, path: attribute })));
  }
  return { value: problems.length ? undefined : (merged as z.infer<S>), problems };
}

