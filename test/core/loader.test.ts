import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { loadJsonFeed } from '../../src/core/json-feed.js';
import { FeedError, FeedTask, TaskStatus, type FeedFailure } from '../../src/core/loader.js';
import { ideaFeedSchema, type IdeaFeed } from '../../src/contracts/idea.js';
import { waitFor } from '../helpers/collector.js';

const FEED = new URL('/src/widgets/idea-box/fixtures/feed.json', location.href).href;
const BROKEN = new URL('/src/widgets/idea-box/fixtures/broken-feed.json', location.href).href;
const MISSING = new URL('/nulle-part/feed.json', location.href).href;

/** An element that shows a feed through a FeedTask, and records what the task was asked. */
class FeedHarness extends LitElement {
  static override properties = { url: { type: String } };
  declare url: string | undefined;
  readonly failures: { failure: FeedFailure; url: string }[] = [];
  readonly signals: AbortSignal[] = [];
  readonly feed = new FeedTask<IdeaFeed>(this, {
    url: () => this.url,
    load: (url, signal) => {
      this.signals.push(signal);
      return loadJsonFeed(ideaFeedSchema, url, signal);
    },
    onFailure: (failure, url) => this.failures.push({ failure, url }),
  });
  override render() {
    return this.feed.render({
      initial: () => html`<p id="initial">rien</p>`,
      pending: () => html`<p id="pending">chargement</p>`,
      complete: (feed) => html`<p id="complete">${feed.ideas.length}</p>`,
      error: () => html`<p id="error">indisponible</p>`,
    });
  }
}
customElements.define('feed-harness', FeedHarness);

const shown = (el: FeedHarness) => el.shadowRoot!.querySelector('p')?.id;

describe('FeedTask: a feed rendered pending, complete or error', () => {
  it('renders pending, then the validated feed', async () => {
    const el = await fixture<FeedHarness>(html`<feed-harness url=${FEED}></feed-harness>`);
    expect(shown(el)).to.equal('pending');
    await el.feed.taskComplete;
    await el.updateComplete;
    expect(shown(el)).to.equal('complete');
    expect(el.shadowRoot!.textContent).to.contain('4');
    expect(el.failures).to.deep.equal([]);
  });

  it('no address: the initial state, and nothing is fetched', async () => {
    const el = await fixture<FeedHarness>(html`<feed-harness></feed-harness>`);
    await el.updateComplete;
    expect(shown(el)).to.equal('initial');
    expect(el.signals).to.have.length(0);
  });

  it('an unreachable or invalid feed ends in error, reported once with its reason', async () => {
    const missing = await fixture<FeedHarness>(html`<feed-harness url=${MISSING}></feed-harness>`);
    await waitFor(() => shown(missing) === 'error');
    expect(missing.failures).to.have.length(1);
    expect(missing.failures[0]!.failure).to.include({ reason: 'http', httpStatus: 404 });
    expect(missing.feed.failure?.reason).to.equal('http');
    expect(missing.feed.error).to.be.instanceOf(FeedError);

    const broken = await fixture<FeedHarness>(html`<feed-harness url=${BROKEN}></feed-harness>`);
    await waitFor(() => shown(broken) === 'error');
    expect(broken.failures[0]!.failure.reason).to.equal('format');
    expect(broken.failures[0]!.failure.problems?.[0]?.path).to.match(/^feed/);
  });

  it('a new address aborts the load it replaces; only the last answer is shown', async () => {
    const el = await fixture<FeedHarness>(html`<feed-harness url=${MISSING}></feed-harness>`);
    el.url = FEED;
    await el.updateComplete;
    expect(el.signals).to.have.length(2);
    expect(el.signals[0]!.aborted).to.be.true;
    await waitFor(() => shown(el) === 'complete');
    expect(el.failures, 'the replaced load is no failure').to.deep.equal([]);
  });

  it('back to no address: back to the initial state', async () => {
    const el = await fixture<FeedHarness>(html`<feed-harness url=${FEED}></feed-harness>`);
    await waitFor(() => shown(el) === 'complete');
    el.url = undefined;
    await waitFor(() => shown(el) === 'initial');
    expect(el.feed.status).to.equal(TaskStatus.INITIAL);
  });

  it('leaving the page aborts the load; coming back loads again', async () => {
    const el = await fixture<FeedHarness>(html`<feed-harness url=${FEED}></feed-harness>`);
    const parent = el.parentElement!;
    el.remove();
    expect(el.signals[0]!.aborted).to.be.true;
    parent.append(el);
    await waitFor(() => shown(el) === 'complete');
    expect(el.signals).to.have.length(2);
    expect(el.failures).to.deep.equal([]);
  });
});
