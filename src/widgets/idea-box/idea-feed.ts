import { loadJsonFeed, type FeedResult } from '../../core/json-feed.js';
import { ideaFeedSchema, type IdeaFeed } from './idea-box.schema.js';

/** Reads the team's "vous avez dit, nous avons fait" feed. A broken feed never breaks the form. */
export function loadIdeaFeed(url: string, signal: AbortSignal, timeoutMs = 10_000): Promise<FeedResult<IdeaFeed>> {
  return loadJsonFeed(ideaFeedSchema, url, signal, { timeoutMs, maxChars: 2_000_000 });
}
