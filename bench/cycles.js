// Mount/unmount cycles for the heap bench (bench/cycles.html, driven by scripts/bench-browser.ts):
// `await benchLoad('idea-box')` imports the widget's module from dist/; `await benchCycles('idea-box',
// 'Votre idée', 100)` mounts a copy of the page's template, waits until that text is visible in the
// widget's shadow root, removes the widget, and so on.

function visible(root, text) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) continue;
    const box = node.parentElement.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) return true;
  }
  return false;
}

function shown(element, text) {
  return new Promise((resolve, reject) => {
    const root = element.shadowRoot;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => visible(root, text) && done());
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${element.localName}: "${text}" not shown in 10 s`));
    }, 10_000);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    if (visible(root, text)) done();
  });
}

globalThis.benchLoad = (name) => import(`/dist/${name}.js`);

globalThis.benchCycles = async (name, text, count) => {
  const stage = document.getElementById('stage');
  const template = document.getElementById(name);
  for (let i = 0; i < count; i++) {
    stage.append(document.importNode(template.content, true));
    await shown(stage.firstElementChild, text);
    stage.replaceChildren();
  }
};
