import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { waitFor } from '../../../test/helpers/collector.js';
import { RestoreController, settleWithin } from './restore-controller.js';

/** A bare host whose key, marker and draft the test sets. */
class RestoreHost extends LitElement {
  key: string | undefined = 'db|survey|2026-T4|false';
  answered: Promise<boolean> | undefined = Promise.resolve(false);
  draft: Promise<{ step: number } | undefined> = Promise.resolve(undefined);
  restored: Array<{ step: number }> = [];
  reads = 0;
  readonly restoring = new RestoreController<{ step: number }>(this, {
    key: () => this.key,
    answered: () => this.answered,
    draft: () => {
      this.reads++;
      return this.draft;
    },
    restore: (draft) => this.restored.push(draft),
  });
  override render() {
    return html`${this.restoring.preparing ? 'loading' : 'ready'}`;
  }
}
customElements.define('restore-controller-host', RestoreHost);

describe('survey: reading the marker and the draft', () => {
  it('says "loading" while reading, then gives back the draft once per key', async () => {
    const host = document.createElement('restore-controller-host') as RestoreHost;
    let giveDraft!: (draft: { step: number }) => void;
    host.draft = new Promise((resolve) => (giveDraft = resolve));
    const el = await fixture<RestoreHost>(html`${host}`);
    expect(el.shadowRoot!.textContent).to.equal('loading');
    giveDraft({ step: 2 });
    await waitFor(() => !el.restoring.preparing, 2000, 'the draft');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('ready');
    expect(el.restored).to.deep.equal([{ step: 2 }]);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.reads, 'same key: not read again').to.equal(1);
    el.key = 'db|survey|2027-T1|false';
    el.requestUpdate();
    await waitFor(() => el.reads === 2 && !el.restoring.preparing, 2000, 'the new campaign');
  });

  it('knows this device already answered', async () => {
    const host = document.createElement('restore-controller-host') as RestoreHost;
    host.answered = Promise.resolve(true);
    const el = await fixture<RestoreHost>(html`${host}`);
    await waitFor(() => !el.restoring.preparing, 2000, 'the marker');
    expect(el.restoring.alreadyAnswered).to.be.true;
  });

  it('never stays on "loading" when storage does not answer', async () => {
    const host = document.createElement('restore-controller-host') as RestoreHost;
    host.answered = new Promise(() => {});
    host.draft = new Promise(() => {});
    const el = await fixture<RestoreHost>(html`${host}`);
    await waitFor(() => !el.restoring.preparing, 5000, 'giving up');
    expect(el.restoring.alreadyAnswered).to.be.false;
    expect(el.restored).to.deep.equal([]);
  });

  it('waits for a key (the questionnaire being fetched)', async () => {
    const host = document.createElement('restore-controller-host') as RestoreHost;
    host.key = undefined;
    const el = await fixture<RestoreHost>(html`${host}`);
    expect(el.restoring.preparing).to.be.false;
    expect(el.reads).to.equal(0);
  });

  it('gives up on a storage that does not answer, so the survey is never hidden', async () => {
    const never = new Promise<boolean>(() => {});
    const started = performance.now();
    expect(await settleWithin(never, false, 50)).to.be.false;
    expect(performance.now() - started).to.be.below(1000);
    expect(await settleWithin(Promise.resolve(true), false, 50)).to.be.true;
  });
});
