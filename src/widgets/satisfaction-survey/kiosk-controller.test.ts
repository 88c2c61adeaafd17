import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { waitFor } from '../../../test/helpers/collector.js';
import { KioskController, type KioskOptions } from './kiosk-controller.js';

/** A bare host: the controller's timers and events, without the survey around them. */
class KioskHost extends LitElement {
  calls: string[] = [];
  started = false;
  done = false;
  kiosk = true;
  readonly timers = new KioskController(this, {
    kiosk: () => this.kiosk,
    done: () => this.done,
    started: () => this.started,
    timing: () => ({ inactivitySeconds: 0.2, warningSeconds: 1, resetAfterSeconds: 1 }),
    warned: () => this.calls.push('warned'),
    activity: () => this.calls.push('activity'),
    abandoned: () => this.calls.push('abandoned'),
    reset: () => this.calls.push('reset'),
  } satisfies KioskOptions);
  override render() {
    return html`<input />`;
  }
}
customElements.define('kiosk-controller-host', KioskHost);

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const touch = (host: KioskHost) => host.dispatchEvent(new Event('pointerdown'));

describe('survey: the kiosk controller', () => {
  it('warns only someone who has begun, then clears their answers', async () => {
    const host = await fixture<KioskHost>(html`<kiosk-controller-host></kiosk-controller-host>`);
    touch(host);
    await settle(400);
    expect(host.calls, 'nobody began: no warning').to.deep.equal(['activity']);
    host.started = true;
    touch(host);
    await waitFor(() => host.timers.idleWarning, 2000, 'the warning');
    expect(host.calls).to.deep.equal(['activity', 'activity', 'warned']);
    await waitFor(() => host.calls.includes('abandoned'), 2000, 'the clearing');
    expect(host.timers.idleWarning).to.be.false;
  });

  it('"Continuer" and any touch take the warning away and start the watch again', async () => {
    const host = await fixture<KioskHost>(html`<kiosk-controller-host></kiosk-controller-host>`);
    host.started = true;
    touch(host);
    await waitFor(() => host.timers.idleWarning, 2000, 'the warning');
    host.timers.keepGoing();
    expect(host.timers.idleWarning).to.be.false;
    await settle(100);
    expect(host.calls).to.not.include('abandoned');
    await waitFor(() => host.timers.idleWarning, 2000, 'the next warning');
    touch(host);
    expect(host.timers.idleWarning).to.be.false;
    host.timers.stop();
    await settle(1300);
    expect(
      host.calls.filter((c) => c === 'abandoned'),
      'stopped: nothing cleared',
    ).to.have.length(0);
  });

  it('watches nothing outside kiosk mode or on the thank-you screen, which counts down to the next person', async () => {
    const host = await fixture<KioskHost>(html`<kiosk-controller-host></kiosk-controller-host>`);
    host.started = true;
    host.kiosk = false;
    touch(host);
    host.kiosk = true;
    host.done = true;
    touch(host);
    await settle(400);
    expect(host.calls).to.deep.equal([]);
    host.timers.startCountdown();
    expect(host.timers.countdown).to.equal(1);
    await waitFor(() => host.calls.includes('reset'), 3000, 'the reset');
    host.timers.stop();
  });

  it('stops every timer when the element leaves the page', async () => {
    const host = await fixture<KioskHost>(html`<kiosk-controller-host></kiosk-controller-host>`);
    host.started = true;
    touch(host);
    host.timers.startCountdown();
    host.remove();
    await settle(1300);
    expect(host.calls).to.deep.equal(['activity']);
  });
});
