// The "vous avez dit, nous avons fait" list's decisions, apart from any element: which statuses
// apply, what each filter offers, and which ideas show in which order.
import type { ChoiceOption } from '../../ui/form.js';
import type { FeedIdea, IdeaFeed } from './idea-box.schema.js';
import type { IdeaFilters, Status, Theme } from './idea-box.state.js';

/** One idea as the list shows it. */
export interface ShownIdea {
  idea: FeedIdea;
  themeLabel: string;
  /** Undefined for a status the team did not describe: its id is shown. */
  status: Status | undefined;
}

/** The list, filtered and sorted, with what each filter offers. */
export interface FeedList {
  ideas: ShownIdea[];
  /** The statuses to filter by ('' = all first). */
  statusOptions: ChoiceOption[];
  /** The themes that some idea has ('' = all first). */
  themeOptions: ChoiceOption[];
}

/** The feed's own statuses first, then the config's, then the defaults (in the reader's language). */
export function effectiveStatuses(feed: IdeaFeed | undefined, configured: readonly Status[] | undefined, defaults: readonly Status[]): readonly Status[] {
  return feed?.statuses ?? configured ?? defaults;
}

/** A theme's label: the feed's, else the widget's, else its id. */
export function themeLabeler(feed: IdeaFeed, themes: readonly Theme[]): (id: string) => string {
  return (id) => feed.themes?.find((theme) => theme.id === id)?.label ?? themes.find((theme) => theme.id === id)?.label ?? id;
}

/** The themes some idea has, in the order they first appear. */
export function usedThemes(ideas: readonly FeedIdea[]): string[] {
  return [...new Set(ideas.map((idea) => idea.theme))];
}

/** The ideas that pass both filters ('' lets everything through). */
export function filterIdeas(ideas: readonly FeedIdea[], filters: IdeaFilters): FeedIdea[] {
  return ideas.filter((idea) => (!filters.status || idea.status === filters.status) && (!filters.theme || idea.theme === filters.theme));
}

/** Newest first; on the same day, in the statuses' order (unknown statuses last). */
export function sortIdeas(ideas: readonly FeedIdea[], statuses: readonly Status[]): FeedIdea[] {
  const order = new Map(statuses.map((status, index) => [status.id, index]));
  const rank = (idea: FeedIdea) => order.get(idea.status) ?? Number.MAX_SAFE_INTEGER;
  return [...ideas].sort((a, b) => b.date.localeCompare(a.date) || rank(a) - rank(b));
}

/** Everything the list shows for these filters. `allLabel` names the "no filter" option. */
export function feedList(feed: IdeaFeed, filters: IdeaFilters, statuses: readonly Status[], themes: readonly Theme[], allLabel: string): FeedList {
  const label = themeLabeler(feed, themes);
  const all: ChoiceOption = { value: '', label: allLabel };
  return {
    ideas: sortIdeas(filterIdeas(feed.ideas, filters), statuses).map((idea) => ({
      idea,
      themeLabel: label(idea.theme),
      status: statuses.find((status) => status.id === idea.status),
    })),
    statusOptions: [all, ...statuses.map((status) => ({ value: status.id, label: status.label }))],
    themeOptions: [all, ...usedThemes(feed.ideas).map((id) => ({ value: id, label: label(id) }))],
  };
}
