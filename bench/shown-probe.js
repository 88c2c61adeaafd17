// Injected by scripts/bench-browser.ts before any script of a bench page runs (not served, not counted
// in the bytes). Writes `window.__benchShown` = { ms, bytesAtShown, resourcesAtShown } (and resolves
// `window.__benchShownPromise` with it) the first time a
// text (the first question's label, an event's title…) is in the DOM, outside <script>, and visible:
// checked at every DOM mutation of the document and of every shadow root (attachShadow is wrapped to
// observe them), and at every frame in case only a style sheet's arrival makes it visible.
// `ms` is performance.now(): milliseconds since navigation start. Injected as this source followed by
// `__benchShownProbe("the text")`.
globalThis.__benchShownProbe = (target) => {
  const squeeze = (text) => text.replace(/\s+/g, '');
  const wanted = squeeze(target);
  const roots = [document];
  const observers = [];
  const hidden = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE']);
  let resolve;
  window.__benchShownPromise = new Promise((done) => (resolve = done));

  function visibleText(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || hidden.has(parent.tagName) || squeeze(node.data) !== wanted) continue;
      const box = parent.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
    }
    return false;
  }

  function bytesSoFar() {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return { bytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0), count: entries.length };
  }

  function check() {
    if (window.__benchShown || !roots.some(visibleText)) return;
    const ms = performance.now();
    const { bytes, count } = bytesSoFar();
    performance.mark('bench-shown'); // for the trace: CPU time before it
    window.__benchShown = { ms, bytesAtShown: bytes, resourcesAtShown: count };
    resolve(window.__benchShown);
    for (const observer of observers) observer.disconnect();
  }

  function observe(root) {
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  }

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    observe(root);
    return root;
  };
  observe(document);
  const frame = () => {
    check();
    if (!window.__benchShown) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};
