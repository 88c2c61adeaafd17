// What a widget needs to read its configuration on its first render, without zod: the problem type,
// inline JSON, addresses, and the quick check of attribute values. The full check (zod schemas, in
// widget-config.ts) loads only for a JSON config or an attribute the quick check does not accept.

/** One thing wrong in a widget's configuration, said the way a webmaster can fix it. */
export interface ConfigProblem {
  /** `attribute` for an HTML attribute, `config` for the JSON object (property or inline script). */
  source: 'attribute' | 'config';
  /** Attribute name (`endpoint`) or JSON path (`themes[2].label`). */
  path: string;
  /** What was expected, in French ("une adresse http(s)"). */
  expected: string;
  /** What was found, shortened and quoted. */
  found: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] };

// Explaining problems in French (and `checkConfig`, which validates and explains at once) lives in

/** Reads the JSON of an inline `<script type="application/json">` child, if there is one. */
export function readInlineJson(host: Element): { value?: unknown; problem?: ConfigProblem } {
  const script = Array.from(host.children).find((child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type === 'application/json');
  if (!script) return {};
  try {
    return { value: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    return {
      problem: {
        source: 'config',
        path: '<script type="application/json">',
        expected: 'du JSON valide',
        found: error instanceof Error ? error.message.slice(0, 120) : 'du texte illisible',
      },
    };
  }
}

/** True for an absolute or page-relative http(s) address; `javascript:`, `data:` and the like are refused. */
export function isHttpUrl(value: string): boolean {
  // Control characters are what we refuse here (an address with a newline or NUL is never meant).
  // eslint-disable-next-line no-control-regex
  if (value.length > 2048 || /[\u0000-\u001f]/.test(value)) return false;
  try {
    const url = new URL(value, globalThis.document?.baseURI ?? 'http://localhost/');
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Resolves a page-relative address against the page, as fetch would. */
export function absoluteUrl(value: string): string {
  return new URL(value, globalThis.document?.baseURI ?? 'http://localhost/').href;
}

/**
 * What an attribute may hold, said once: the quick check below reads it on the first render, and
 * `fieldSchema` (widget-config.ts) turns it into the zod schema of the same key.
 */
export type FieldSpec =
  | { type: 'boolean' }
  | { type: 'int'; min: number; max: number; expected?: string }
  | { type: 'oneOf'; values: readonly [string, ...string[]] }
  | { type: 'string'; max: number; test?: (value: string) => boolean; expected?: string };

/** The kinds of attribute value, for `FieldSpec`s that read as what they are. */
export const field = {
  boolean: { type: 'boolean' } as const,
  /** An http(s) address, relative to the page or absolute. */
  url: { type: 'string', max: 2048, test: isHttpUrl, expected: 'une adresse http(s) (https://… ou /chemin)' } as const,
  text: (max = 500) => ({ type: 'string', max }) as const,
  pattern: (pattern: RegExp, expected: string, max = 200) => ({ type: 'string', max, test: (value: string) => pattern.test(value), expected }) as const,
  int: (min: number, max: number, expected?: string) => ({ type: 'int', min, max, ...(expected ? { expected } : {}) }) as const,
  oneOf: <const V extends readonly [string, ...string[]]>(values: V) => ({ type: 'oneOf', values }) as const,
};

/**
 * The attributes every widget has, by JSON key (also the Lit property): the attribute's name and what
 * it holds. Like a widget's own `configAttributes`, each becomes a Lit property (widget-base.ts).
 */
export const commonAttributes = {
  endpoint: { attribute: 'endpoint', field: field.url },
  structureName: { attribute: 'structure-name', field: field.text(200) },
  dbName: { attribute: 'db-name', field: field.pattern(/^[\w.-]{1,64}$/, 'un nom court (lettres, chiffres, - _ .)', 64) },
  headingLevel: { attribute: 'heading-level', field: field.int(2, 6) },
  hideHeading: { attribute: 'hide-heading', field: field.boolean },
  easyRead: { attribute: 'easy-read', field: field.boolean },
} satisfies ConfigAttributes;

/** True when `value` is certainly valid for `spec` (false sends it to the full check, which explains). */
export function passes(spec: FieldSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'int':
      return Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max;
    case 'oneOf':
      return spec.values.includes(value as string);
    case 'string':
      return typeof value === 'string' && value.length <= spec.max && (!spec.test || spec.test(value));
  }
}

/** An attribute's value with the JSON key it fills and what it may hold. */
export interface AttributeValue {
  attribute: string;
  key: string;
  value: unknown;
  field: FieldSpec;
}

/** A widget's own attributes: JSON key (also the Lit property) → attribute name and what it holds. */
export type ConfigAttributes = Record<string, { attribute: string; field: FieldSpec }>;

/**
 * The settings from attributes alone, when there is no JSON config and every attribute given passes
 * its quick check (the common case: a snippet with two attributes); undefined otherwise, for the full check.
 */
export function quickConfig(json: unknown, attributes: AttributeValue[]): Record<string, unknown> | undefined {
  if (json !== undefined) return undefined;
  const settings: Record<string, unknown> = {};
  for (const { key, value, field: spec } of attributes) {
    if (value === undefined || value === null) continue;
    if (!passes(spec, value)) return undefined;
    settings[key] = value;
  }
  return settings;
}

type Explanations = typeof import('./config-problems.js');

/** The French explanations, once loaded (the first wrong configuration loads them). */
export let explanations: Explanations | undefined;
let explanationsLoading: Promise<Explanations> | undefined;

/**
 * Loads the French explanations of configuration problems (config-problems.ts): a separate file that a
 * page with well-configured widgets never downloads. Resolves at once when they are already there.
 */
export function loadExplanations(): Promise<Explanations> {
  return (explanationsLoading ??= import('./config-problems.js').then((module) => (explanations = module)));
}

/** Problems found before the explanations were loaded: a path and no words yet. */
const unexplained = new WeakSet<ConfigProblem>();

/** True for a problem found before the explanations arrived: resolve again once `loadExplanations()` is done. */
export function isUnexplained(problem: ConfigProblem): boolean {
  return unexplained.has(problem);
}

/** Marks a problem as waiting for its explanation (see `isUnexplained`). */
export function markUnexplained(problem: ConfigProblem): ConfigProblem {
  unexplained.add(problem);
  return problem;
}
