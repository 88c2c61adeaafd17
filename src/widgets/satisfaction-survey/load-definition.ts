import { z } from '../../core/zod.js';
import type { ConfigProblem } from '../../core/config.js';
import { loadJsonFeed, type FeedResult } from '../../core/json-feed.js';
import type { SurveyDefinitionInput } from './satisfaction-survey.schema.js';
import { checkDefinition } from './definition-check.js';

/** A real questionnaire is a few kilobytes (the default one about 6 KB): this leaves room for any sensible one. */
export const DEFINITION_MAX_CHARS = 1_000_000;

/** Any JSON: the bounded loader reads it, `checkDefinition` then checks shape and conditions with paths under `definition`. */
const anyJson = z.unknown();

type Failure = Extract<FeedResult<unknown>, { ok: false }>;

const why: Record<Failure['reason'], string> = {
  network: 'pas de réponse du serveur',
  http: 'HTTP',
  format: 'pas un fichier JSON lisible',
};

/**
 * Fetches the team's questionnaire by address through the bounded feed loader (no cookie, no
 * referrer, bounded in time and size), then checks it like a definition given inline. A failure
 * always carries `problems` naming the `definition` attribute and what went wrong (`HTTP 404`, no
 * answer, not JSON), or the definition's own problems: the config notice shows them.
 */
export async function loadDefinition(
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
  maxChars = DEFINITION_MAX_CHARS,
): Promise<FeedResult<SurveyDefinitionInput>> {
  const result = await loadJsonFeed(anyJson, url, signal, { timeoutMs, maxChars });
  if (result.ok) {
    const checked = checkDefinition(result.feed);
    return checked.ok ? { ok: true, feed: checked.value } : { ok: false, reason: 'format', problems: checked.problems };
  }
  const reason = result.reason === 'http' ? `HTTP ${result.httpStatus}` : why[result.reason];
  const problem: ConfigProblem = {
    source: 'attribute',
    path: 'definition',
    expected: 'l’adresse d’un questionnaire en JSON lisible',
    found: `${url} (${reason})`.slice(0, 160),
  };
  return { ...result, problems: [problem] };
}
