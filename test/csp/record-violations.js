// Loaded first (an external classic script: the policy forbids inline ones) by test/csp/page.html:
// every Content-Security-Policy violation on this page, in any shadow root, is kept for the test.
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      element: event.target && event.target.nodeType === 1 ? event.target.outerHTML.slice(0, 200) : String(event.target && event.target.nodeName),
    });
  },
  true,
);
