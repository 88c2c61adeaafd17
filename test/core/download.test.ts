import { expect } from '@open-wc/testing';
import { downloadFile, fileSlug } from '../../src/core/download.js';

/** Catches the link downloadFile clicks, instead of letting the browser save the file. */
function catchDownload(): Promise<{ filename: string; url: string; inDocument: boolean; link: HTMLAnchorElement }> {
  return new Promise((resolve) => {
    const onClick = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      resolve({ filename: link.download, url: link.href, inDocument: link.isConnected, link });
    };
    document.addEventListener('click', onClick, true);
  });
}

describe('downloadFile', () => {
  it('offers the content as a local blob with its name and type, and leaves no link behind', async () => {
    const caught = catchDownload();
    downloadFile('idees-2026-11.csv', ['theme;texte\n', 'accueil;Un banc\n'], 'text/csv;charset=utf-8');
    const { filename, url, inDocument, link } = await caught;
    expect(filename).to.equal('idees-2026-11.csv');
    expect(url).to.match(/^blob:/);
    expect(inDocument, 'clicked while in the document').to.be.true;
    expect(link.isConnected, 'removed after the click').to.be.false;
    const blob = await (await fetch(url)).blob();
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    expect(await blob.text()).to.equal('theme;texte\naccueil;Un banc\n');
  });

  it('takes one part as well as a list', async () => {
    const caught = catchDownload();
    downloadFile('reponses.json', JSON.stringify({ a: 1 }), 'application/json');
    const { url } = await caught;
    expect(await (await fetch(url)).text()).to.equal('{"a":1}');
  });
});

describe('fileSlug', () => {
  it('makes a short, safe file name part from free text', () => {
    expect(fileSlug('Café des usagers : l’été !')).to.equal('cafe-des-usagers-l-ete');
    expect(fileSlug('x'.repeat(50) + ' y', 10)).to.equal('xxxxxxxxxx');
    expect(fileSlug('Médecin généraliste', 8)).to.equal('medecin');
  });
});
