// The French explanations of configuration problems: loaded only when a configuration is wrong
// (`loadExplanations()` in widget-config.ts), so a page whose widgets are well set up never downloads them.
// `checkConfig` is the synchronous whole (validation and explanation) for code that checks a file or a
// definition the person or the team gave (a survey definition, a merged self-check file).
import { z } from './zod.js';
import type { Checked, ConfigProblem } from './config.js';

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
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
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

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path || '(racine)';
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Explains zod's issues for `input` in French; paths are inside `input`, after `pathPrefix`. */
export function explainIssues(issues: readonly z.core.$ZodIssue[], input: unknown, source: ConfigProblem['source'], pathPrefix = ''): ConfigProblem[] {
  return issues.map((issue): ConfigProblem => {
    const path = [...issue.path];
    const found = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `"${k}"`).join(', ') : describeValue(valueAt(input, path));
    return { source, path: joinPath(pathPrefix, formatPath(path)), expected: expectedOf(issue), found };
  });
}

/** Validates `input` with `schema`; problems carry French text and the path inside `input`. */
export function checkConfig<S extends z.core.$ZodType>(schema: S, input: unknown, source: ConfigProblem['source'], pathPrefix = ''): Checked<z.infer<S>> {
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  return { ok: false, problems: explainIssues(result.error.issues, input, source, pathPrefix) };
}

/** Logs each problem once, as one console error naming the widget, the place and the fix. */
export function reportProblems(tagName: string, problems: ConfigProblem[]): void {
  for (const problem of problems) {
    const where = problem.source === 'attribute' ? `l'attribut "${problem.path}"` : `la configuration JSON, à "${problem.path}"`;
    console.error(`[${tagName}] Configuration invalide : ${where} attend ${problem.expected}, reçu ${problem.found}.`);
  }
}
