import { expect } from '@open-wc/testing';
import { freshDbName, waitFor } from '../helpers/collector.js';
import { upcomingWorkshop } from '../helpers/events.js';
import { screenshot, setViewport } from '../helpers/page.js';
import '../../src/index.js';

// The host page decides the text size, within limits (issue 15): a theme's `html { font-size: 62.5% }`
// must not shrink the widgets below a readable 16 px, a page's 18 px body text makes them 18 px, and a
// narrow column (a 260 px sidebar on a wide screen) lays them out as on a phone.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const events = [upcomingWorkshop()];

/** Each widget as a webmaster would set it, and what shows that it is ready. */
const widgets: { tag: string; config: object; ready: string }[] = [
  { tag: 'msp-idea-box', config: { minSecondsToSubmit: 0 }, ready: 'textarea' },
  { tag: 'msp-satisfaction-survey', config: { minSecondsToSubmit: 0 }, ready: 'fieldset' },
  { tag: 'msp-event-signup', config: { minSecondsToSubmit: 0, events }, ready: '#signup-atelier' },
  { tag: 'msp-continuum-check', config: {}, ready: 'button' },
  { tag: 'msp-results', config: {}, ready: 'button' },
];

async function mount(tag: string, config: object, ready: string, parent: HTMLElement = document.body): Promise<Widget> {
  const el = document.createElement(tag) as Widget & { config: object };
  el.setAttribute('db-name', freshDbName('host-size'));
  el.setAttribute('structure-name', 'Maison de santé des Tilleuls');
  el.config = config;
  parent.append(el);
  await el.updateComplete;
  // Ready, and done reading (the results view draws its panel at once and its last sections once the read is complete).
  await waitFor(() => Boolean(el.shadowRoot!.querySelector(ready)) && !el.shadowRoot!.querySelector('[aria-busy="true"]'), 10_000, `${tag}: ${ready}`);
  return el;
}

const px = (value: string) => Number.parseFloat(value);
const root = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;

/** The smallest text drawn in the widget, ignoring what is visually hidden for screen readers. */
function smallestText(el: Widget): { size: number; where: string } {
  let smallest = { size: Infinity, where: '' };
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent!.trim() || !parent || parent.closest('.visually-hidden, [hidden], svg, option')) continue;
    if (parent.getBoundingClientRect().width === 0) continue;
    const size = px(getComputedStyle(parent).fontSize);
    if (size < smallest.size) smallest = { size, where: `${parent.localName}.${parent.className}: ${node.textContent!.trim().slice(0, 30)}` };
  }
  return smallest;
}

describe('host text size: followed, with a readable floor', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
    document.body.style.removeProperty('font-size');
    document.querySelectorAll('body > [db-name]').forEach((el) => el.remove());
  });

  for (const { tag, config, ready } of widgets) {
    it(`${tag}: html { font-size: 62.5% } leaves the text at 16 px at least, buttons 44 px high`, async () => {
      document.documentElement.style.fontSize = '62.5%';
      const el = await mount(tag, config, ready);
      expect(getComputedStyle(document.body).fontSize, 'the theme rule applies').to.equal('10px');
      expect(px(getComputedStyle(root(el)).fontSize)).to.equal(16);
      // Small print (hints, captions) is 0.875 em of that at the least: 14 px, never the theme's 8.75 px.
      const smallest = smallestText(el);
      expect(smallest.size, smallest.where).to.be.at.least(13.5);
      for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button')) {
        const box = button.getBoundingClientRect();
        if (!box.width || button.closest('[hidden]')) continue;
        expect(box.height, `${tag}: ${button.textContent!.trim().slice(0, 30)}`).to.be.at.least(43.5);
      }
    });

    it(`${tag}: a page whose body text is 18 px gets 18 px text`, async () => {
      document.body.style.fontSize = '18px';
      const el = await mount(tag, config, ready);
      expect(px(getComputedStyle(root(el)).fontSize)).to.equal(18);
    });
  }
});

describe('narrow columns: the layout follows the widget’s own width, not the screen’s', () => {
  afterEach(async () => {
    document.querySelectorAll('.column').forEach((el) => el.remove());
    await setViewport(800, 600);
  });

  for (const { tag, config, ready } of widgets) {
    it(`${tag} in a 260 px sidebar of a 1280 px screen: nothing sticks out, no word is cut`, async () => {
      await setViewport(1280, 800);
      const column = document.createElement('aside');
      column.className = 'column';
      column.style.width = '260px';
      document.body.append(column);
      const el = await mount(tag, config, ready, column);
      expect(el.getBoundingClientRect().width).to.be.at.most(260);
      for (const element of el.shadowRoot!.querySelectorAll<HTMLElement>('label, button, legend, h2, h3, p, span')) {
        const box = element.getBoundingClientRect();
        if (!box.width || element.closest('.visually-hidden, [hidden], .table-scroll, [role=region]')) continue;
        expect(box.right, `${tag}: ${element.localName} “${element.textContent!.trim().slice(0, 30)}” inside the column`).to.be.at.most(261);
      }
      await screenshot(`host-260px-${tag}`, el);
    });
  }
});

describe('the surface on white, off-white and dark pages (screenshots to look at)', () => {
  for (const [name, background, color] of [
    ['white', '#ffffff', '#1e1e1e'],
    ['off-white', '#f4f1ea', '#1e1e1e'],
    ['dark', '#1b1f24', '#f0f0f0'],
  ] as const) {
    it(`the idea box and the survey on a ${name} page: padded, framed, readable`, async () => {
      const page = document.createElement('main');
      page.style.cssText = `background:${background};color:${color};padding:24px;width:720px`;
      document.body.append(page);
      try {
        const box = await mount('msp-idea-box', { minSecondsToSubmit: 0 }, 'textarea', page);
        const survey = await mount('msp-satisfaction-survey', { minSecondsToSubmit: 0 }, 'fieldset', page);
        for (const el of [box, survey]) {
          const style = getComputedStyle(el);
          expect(px(style.paddingInlineStart), 'padded').to.be.at.least(16);
          expect(style.borderTopStyle, 'framed').to.equal('solid');
          expect(style.backgroundColor, 'its own surface').to.equal('rgb(255, 255, 255)');
        }
        await screenshot(`host-surface-${name}`, page);
      } finally {
        page.remove();
      }
    });
  }
});

describe('the widget’s heading fits the page: heading-level and hide-heading', () => {
  afterEach(() => document.querySelectorAll('body > [db-name]').forEach((el) => el.remove()));
  const headings = (el: Widget) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName}:${h.textContent!.trim()}`);

  for (const { tag, config, ready } of widgets) {
    it(`${tag}: heading-level="3" moves every heading one level down; hide-heading drops the title only`, async () => {
      const plain = await mount(tag, config, ready);
      const before = headings(plain);
      expect(before[0], 'a title to start with').to.match(/^h2:/);
      const lower = await mount(tag, { ...config, headingLevel: 3 }, ready);
      expect(headings(lower)).to.deep.equal(before.map((h) => h.replace(/^h(\d)/, (_, n: string) => `h${Math.min(6, Number(n) + 1)}`)));
      const hidden = await mount(tag, { ...config, hideHeading: true }, ready);
      expect(headings(hidden)).to.deep.equal(before.slice(1));
    });
  }
});
