import { checkConfig, type ConfigProblem } from '../../core/config.js';
import { ideaFeedSchema, type IdeaFeed } from './idea-box.schema.js';

export type FeedResult = { ok: true; feed: IdeaFeed } | { ok: false; reason: 'network' | 'http' | 'format'; problems?: ConfigProblem[]; httpStatus?: number };

const MAX_FEED_CHARS = 2_000_000;

/**
 * Reads the team's "vous avez dit, nous avons fait" feed: no cookie, no referrer, bounded in time
 * and size, validated before anything is shown. A broken feed never breaks the form.
 */
export async function loadIdeaFeed(url: string, signal: AbortSignal, timeoutMs = 10_000): Promise<FeedResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (!response.ok) return { ok: false, reason: 'http', httpStatus: response.status };
  let json: unknown;
  try {
    const body = await response.text();
    if (body.length > MAX_FEED_CHARS) return { ok: false, reason: 'format' };
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'format' };
  }
  const checked = checkConfig(ideaFeedSchema, json, 'config', 'feed');
  return checked.ok ? { ok: true, feed: checked.value } : { ok: false, reason: 'format', problems: checked.problems };
}
