// The "vous avez dit, nous avons fait" section: the team's feed fetched, checked, filtered and drawn.
// Loaded on demand, and only on a page whose idea box has a feed: the form never waits for it.
import type { ReactiveControllerHost } from 'lit';
import { FeedTask, type FeedFailure } from '../../core/loader.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import type { IdeaFeed } from './idea-box.schema.js';
import type { IdeaBoxTexts, IdeaFilters, Status, Theme } from './idea-box.state.js';
import { loadIdeaFeed } from './idea-feed.js';
import { effectiveStatuses, feedList } from './idea-filters.js';
import { renderFeed } from './views/feed.view.js';

export interface FeedSectionOptions {
  /** The feed's address now (absolute), undefined while the config is not valid. */
  url: () => string | undefined;
  /** A load that failed: the widget tells the page. */
  onFailure: (failure: FeedFailure, url: string) => void;
}

/** What the section draws with: the widget's texts, headings, themes and the statuses it knows. */
export interface FeedSectionProps {
  t: IdeaBoxTexts;
  ui: WidgetUi;
  themes: readonly Theme[];
  /** The team's statuses (config), else the defaults in the person's language. */
  statuses: { configured: readonly Status[] | undefined; defaults: readonly Status[] };
}

export class IdeaFeedSection {
  /** The person's filters (status, theme). */
  private filters: IdeaFilters = { status: '', theme: '' };
  private readonly task: FeedTask<IdeaFeed>;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: FeedSectionOptions,
  ) {
    // Created after the first update: its first run starts with the update OnDemand asks for on arrival.
    this.task = new FeedTask<IdeaFeed>(host, { url: options.url, load: (url, signal) => loadIdeaFeed(url, signal), onFailure: options.onFailure });
  }

  render({ t, ui, themes, statuses }: FeedSectionProps) {
    const on = {
      filter: (patch: Partial<IdeaFilters>) => {
        this.filters = { ...this.filters, ...patch };
        this.host.requestUpdate();
      },
    };
    return this.task.render({
      pending: () => renderFeed({ t, ui, state: { status: 'loading' }, on }),
      error: () => renderFeed({ t, ui, state: { status: 'failed' }, on }),
      complete: (feed) => {
        const list = feedList(feed, this.filters, effectiveStatuses(feed, statuses.configured, statuses.defaults), themes, t.box.feedAll);
        return renderFeed({ t, ui, state: { status: 'ready', list, filters: this.filters }, on });
      },
    });
  }
}
