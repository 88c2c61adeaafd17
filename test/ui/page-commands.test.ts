import { expect } from '@open-wc/testing';
import { emulateMedia, screenshot, setViewport } from '../helpers/page.js';

describe('page commands for tests', () => {
  afterEach(async () => {
    await emulateMedia();
  });

  it('emulates forced colours and resets them', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await emulateMedia();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  it('sets the viewport and saves a screenshot of an element', async () => {
    await setViewport(320, 640);
    expect(innerWidth).to.equal(320);
    const box = document.createElement('p');
    box.textContent = 'Capture';
    document.body.append(box);
    const file = await screenshot('page-commands-check', box);
    expect(file).to.match(/test-output\/screenshots\/page-commands-check\.png$/);
    box.remove();
    await setViewport(800, 600);
  });
});
