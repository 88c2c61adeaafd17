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

/** An http(s) address, relative to the page or absolute. */
export const httpUrl = () => z.string().check(z.refine(isHttpUrl, 'une adresse http(s) (https://… ou /chemin)'));

/** Bounded text: what a config string may hold (no multi-megabyte labels). */
export const text = (max = 500) => z.string().check(z.maxLength(max));
