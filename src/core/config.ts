import * as z from 'zod/mini';

// zod 4 probes `new Function('')` on its first object parse to decide whether to compile parsers;
// under a CSP without 'unsafe-eval' that probe logs a violation on the host page (shared/TOOLCHAIN.md §5).
z.config({ jitless: true });

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

const typeNames: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
  record: 'un objet { … }',
  date: 'une date',
  undefined: 'rien',
  null: 'null',
};

/** Says what a value is, short and safe to print (never more than 60 characters of it). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'rien';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `"${short}"${value.length > 60 ? ` (${value.length} caractères)` : ''}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `une liste de ${value.length} élément${value.length > 1 ? 's' : ''}`;
  if (typeof value === 'object') return 'un objet';
  return typeof value;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function unit(origin: unknown): string {
  return origin === 'string' ? ' caractères' : origin === 'array' ? ' éléments' : '';
}

/** Turns one zod issue into French: what was expected. */
function expectedOf(issue: z.core.$ZodIssue): string {
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return custom ?? typeNames[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return custom ?? `une de ces valeurs : ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return custom ?? `au plus ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'too_small':
      return custom ?? `au moins ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'unrecognized_keys':
      return 'aucune clé inconnue (faute de frappe ?)';
    case 'invalid_union':
      return custom ?? 'une des formes permises';
    default:
      return custom ?? 'une valeur valide';
  }
}

/** Validates `input` with `schema`; problems carry French text and the path inside `input`. */
export function checkConfig<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  source: ConfigProblem['source'],
  pathPrefix = '',
): Checked<z.infer<S>> {
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  const problems = result.error.issues.map((issue): ConfigProblem => {
    if (issue.code === 'unrecognized_keys') {
      const path = formatPath([...issue.path]);
      return { source, path: joinPath(pathPrefix, path), expected: expectedOf(issue), found: issue.keys.map((k) => `"${k}"`).join(', ') };
    }
    const path = [...issue.path];
    return { source, path: joinPath(pathPrefix, formatPath(path)), expected: expectedOf(issue), found: describeValue(valueAt(input, path)) };
  });
  return { ok: false, problems };
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path || '(racine)';
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Reads the JSON of an inline `<script type="application/json">` child, if there is one. */
export function readInlineJson(host: Element): { value?: unknown; problem?: ConfigProblem } {
  const script = Array.from(host.children).find(
    (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type === 'application/json',
  );
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

/** An http(s) address, relative to the page or absolute. */
export const httpUrl = () => z.string().check(z.refine(isHttpUrl, 'une adresse http(s) (https://… ou /chemin)'));

/** Bounded text: what a config string may hold (no multi-megabyte labels). */
export const text = (max = 500) => z.string().check(z.maxLength(max));

/** Logs each problem once, as one console error naming the widget, the place and the fix. */
export function reportProblems(tagName: string, problems: ConfigProblem[]): void {
  for (const problem of problems) {
    const where = problem.source === 'attribute' ? `l'attribut "${problem.path}"` : `la configuration JSON, à "${problem.path}"`;
    console.error(`[${tagName}] Configuration invalide : ${where} attend ${problem.expected}, reçu ${problem.found}.`);
  }
}
