import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { freshDbName, waitFor } from '../helpers/collector.js';
import { upcomingWorkshop } from '../helpers/events.js';
import '../../src/index.js';

// Every widget on a hostile host page (issue 16): a CSS framework's reboot, inherited typography on the
// page, and `* { font-size: 30px !important; box-sizing: content-box !important }`,
// `button { display: none !important }` (test/host/hostile.css). Selectors do not reach into a shadow
// root, but the host element itself is matched and inherited properties cross: each widget must still
// show its buttons and be completed with the keyboard alone.

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

let sheet: HTMLLinkElement;

before(async () => {
  sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = '/test/host/hostile.css';
  const loaded = new Promise((resolve, reject) => {
    sheet.addEventListener('load', resolve, { once: true });
    sheet.addEventListener('error', reject, { once: true });
  });
  document.head.append(sheet);
  await loaded;
});
after(() => sheet.remove());

/** Presses Tab until the focused element inside the widget matches `selector`. */
async function tabTo(el: Element, selector: string, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const focused = active(el);
    if (focused?.matches(selector)) return focused;
    await sendKeys({ press: 'Tab' });
    await settle(0);
  }
  throw new Error(`Tab never reached ${selector} (focus on ${active(el)?.outerHTML.slice(0, 80)})`);
}

async function press(el: Element, key: string): Promise<void> {
  await sendKeys({ press: key });
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await settle();
}

/** Every button of the widget's current state is displayed, with a box a finger and a pointer can hit. */
function expectButtonsVisible(el: Element, state: string): void {
  const buttons = $$(el, 'button');
  expect(buttons.length, `${state}: buttons`).to.be.greaterThan(0);
  for (const button of buttons) {
    if (button.closest('[hidden]')) continue;
    const box = button.getBoundingClientRect();
    const label = `${state}: ${button.textContent!.trim()}`;
    expect(getComputedStyle(button).display, label).to.not.equal('none');
    expect(box.width, `${label}: width`).to.be.greaterThan(0);
    expect(box.height, `${label}: height`).to.be.greaterThan(0);
    // No button overflows the widget (content-box on the host must not push it out).
    expect(box.right, `${label}: inside the widget`).to.be.at.most(el.getBoundingClientRect().right + 1);
  }
}

/** The hostile rules really apply on this page (else the test proves nothing). */
function expectHostileRules(el: Element): void {
  expect(getComputedStyle(el).fontSize, 'the * rule reaches the host element').to.equal('30px');
  expect(getComputedStyle(el).boxSizing).to.equal('content-box');
  const outside = document.createElement('button');
  document.body.append(outside);
  expect(getComputedStyle(outside).display, 'a button of the page is hidden').to.equal('none');
  outside.remove();
}

/** Inherited typography from the page does not leak into the widget's text. */
function expectOwnTypography(el: Element): void {
  const base = $(el, '[part~="base"]')!;
  const style = getComputedStyle(base);
  expect(style.textTransform, 'text-transform').to.equal('none');
  expect(style.letterSpacing, 'letter-spacing').to.equal('normal');
  expect(style.textAlign, 'text-align').to.equal('start');
  expect(Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize), 'line-height').to.be.at.least(1.4);
}

describe('hostile host page: every widget still works', () => {
  it('idea box: the form is completed with the keyboard; every button is visible', async () => {
    const el = await fixture(html`<msp-idea-box db-name=${freshDbName('host-idea')} .config=${{ minSecondsToSubmit: 0 }}></msp-idea-box>`);
    await settle(100);
    expectHostileRules(el);
    expectOwnTypography(el);
    expectButtonsVisible(el, 'form');
    $(el, '#theme input')!.focus();
    await press(el, 'ArrowDown');
    await tabTo(el, '#idea');
    await sendKeys({ type: 'Un banc devant la porte' });
    await tabTo(el, 'button[type=submit]');
    await press(el, 'Enter');
    await waitFor(() => Boolean($(el, '#done-title')), 10_000, 'the confirmation');
    expectButtonsVisible(el, 'done');
  });

  it('satisfaction survey (kiosk): a required rating, its error, the thank-you screen', async () => {
    const definition = {
      id: 'court',
      title: 'Votre avis',
      sections: [{ id: 'avis', title: 'Votre avis', questions: [{ id: 'global', type: 'rating', label: 'Votre avis sur l’accueil ?', required: true }] }],
    };
    const el = await fixture(
      html`<msp-satisfaction-survey
        db-name=${freshDbName('host-survey')}
        .config=${{ minSecondsToSubmit: 0, kiosk: true, definition, resetAfterSeconds: 60 }}
      ></msp-satisfaction-survey>`,
    );
    await waitFor(() => Boolean($(el, 'button[part~="next-button"]')), 10_000, 'the step');
    expectHostileRules(el);
    expectOwnTypography(el);
    expectButtonsVisible(el, 'step');
    // The faces are drawn (svg is hidden by the page's reboot, not inside the widget).
    const face = $(el, '#q-global fieldset svg, #q-global svg');
    if (face) expect(face.getBoundingClientRect().width, 'a face').to.be.greaterThan(0);
    $(el, 'button[part~="next-button"]')!.focus();
    await press(el, 'Enter');
    await waitFor(() => Boolean($(el, '#error-summary')), 5000, 'the error summary');
    expectButtonsVisible(el, 'error');
    $(el, '#q-global-1')!.focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await tabTo(el, 'button[part~="next-button"]');
    await press(el, 'Enter');
    await waitFor(() => Boolean($(el, '#thanks-title')), 10_000, 'the thank-you screen');
  });

  it('event signup: from the list to the confirmation with the keyboard', async () => {
    const events = [upcomingWorkshop('equilibre-alimentaire')];
    const el = await fixture(
      html`<msp-event-signup
        db-name=${freshDbName('host-event')}
        structure-name="MSP des Tilleuls"
        .config=${{ minSecondsToSubmit: 0, events }}
      ></msp-event-signup>`,
    );
    await waitFor(() => Boolean($(el, '#signup-equilibre-alimentaire')), 5000, 'the list');
    expectHostileRules(el);
    expectOwnTypography(el);
    expectButtonsVisible(el, 'list');
    $(el, '#signup-equilibre-alimentaire')!.focus();
    await press(el, 'Enter');
    await waitFor(() => Boolean($(el, '#name')), 5000, 'the form');
    expectButtonsVisible(el, 'form');
    await tabTo(el, '#name');
    await sendKeys({ type: 'Camille' });
    await tabTo(el, '#channel input');
    await press(el, 'Space');
    await tabTo(el, '#contact');
    await sendKeys({ type: '06 12 34 56 78' });
    await tabTo(el, 'button[type=submit]');
    await press(el, 'Enter');
    await waitFor(() => Boolean($(el, '#done-title')), 10_000, 'the confirmation');
  });

  it('continuum self-check: start, every step, the results with the chart', async () => {
    const el = await fixture(
      html`<msp-continuum-check
        db-name=${freshDbName('host-continuum')}
        structure-name="MSP des Tilleuls"
        .config=${{ minSecondsToSubmit: 0, recipientName: 'la Fédération' }}
      ></msp-continuum-check>`,
    );
    await waitFor(() => Boolean($(el, '#start')), 10_000, 'the start screen');
    expectHostileRules(el);
    expectOwnTypography(el);
    expectButtonsVisible(el, 'start');
    $(el, '#start')!.focus();
    await press(el, 'Enter');
    await waitFor(() => Boolean($(el, '#next')), 5000, 'the first step');
    expectButtonsVisible(el, 'step 1');
    await tabTo(el, '#p-diag-info-announce');
    await press(el, 'Space');
    for (let step = 0; step < 10 && !$(el, '#results-title'); step++) {
      await tabTo(el, '#next', 120);
      await press(el, 'Enter');
    }
    await waitFor(() => Boolean($(el, '#results-title')), 5000, 'the results');
    expectButtonsVisible(el, 'results');
    expect($(el, 'svg.chart')!.getBoundingClientRect().width, 'the chart').to.be.greaterThan(0);
  });

  it('results: the token form is answered with the keyboard and its button is visible', async () => {
    const el = await fixture(html`<msp-results db-name=${freshDbName('host-results')} source="/csp-collect/host-results"></msp-results>`);
    await waitFor(() => Boolean($(el, '#token')), 10_000, 'the token form');
    expectHostileRules(el);
    expectOwnTypography(el);
    expectButtonsVisible(el, 'token form');
    $(el, '#token')!.focus();
    await press(el, 'Enter');
    await waitFor(() => ($(el, '#token-message')?.textContent ?? '').includes('Saisissez le jeton'), 5000, 'the message');
  });
});
