import { z } from './zod.js';
import type { ConfigProblem } from './config.js';
import { loadExplanations } from './config.js';

/** A feed read and validated, or why not (the widget says so briefly and keeps working). */
export type FeedResult<T> = { ok: true; feed: T } | { ok: false; reason: 'network' | 'http' | 'format'; problems?: ConfigProblem[]; httpStatus?: number };

/** A GET that carries nothing about the person: no cookie, no referrer, bounded in time. */
export function quietGet(signal: AbortSignal, timeoutMs: number): RequestInit {
  return {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    headers: { Accept: 'application/json' },
    signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
  };
}

/**
 * Reads a JSON feed the team maintains (answered ideas, events): bounded in time and size and
 * validated with its schema before anything is shown; problems carry paths under `feed`.
 */
export async function loadJsonFeed<S extends z.core.$ZodType>(
  schema: S,
  url: string,
  signal: AbortSignal,
  options: { timeoutMs?: number; maxChars?: number } = {},
): Promise<FeedResult<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(url, quietGet(signal, options.timeoutMs ?? 10_000));
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (!response.ok) return { ok: false, reason: 'http', httpStatus: response.status };
  let json: unknown;
  try {
    const body = await response.text();
    if (body.length > (options.maxChars ?? 2_000_000)) return { ok: false, reason: 'format' };
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'format' };
  }
  const checked = z.safeParse(schema, json);
  if (checked.success) return { ok: true, feed: checked.data as z.infer<S> };
  // The French explanations load only now that there is something to explain.
  const problems = await loadExplanations().then(
    ({ explainIssues }) => explainIssues(checked.error.issues, json, 'config', 'feed'),
    () => undefined,
  );
  return { ok: false, reason: 'format', ...(problems ? { problems } : {}) };
}
