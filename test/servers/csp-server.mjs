// Same-origin pieces for the strict-CSP and hostile-host pages (test/csp/, test/host/), as one Koa
// middleware for web-test-runner: `middleware: [..., cspMiddleware()]`.
// - Pages under /test/csp/ are served with the strict policy of issue 16 (the header, not a <meta>:
//   a <meta> policy cannot carry every directive and is not what a hardened host sends).
// - /csp-collect/<box>/submissions receives widget POSTs (the policy's connect-src is 'self', so the
//   usual collector on another port is out of reach) and keeps them per box for the test to read at
//   GET /csp-collect/<box>/received. A real HTTP exchange, answered as the collector answers (201, JSON).

/** The policy a hardened host sends (issue 16). */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'";

export function cspMiddleware() {
  /** Envelopes received, by box (one box per test: the middleware is shared by all test files). */
  const boxes = new Map();
  return async (context, next) => {
    const match = /^\/csp-collect\/([\w-]{1,64})\/(submissions|received)$/.exec(context.path);
    if (match) {
      const [, box, route] = match;
      const received = boxes.get(box) ?? [];
      boxes.set(box, received);
      context.set('Cache-Control', 'no-store');
      if (route === 'submissions' && context.method === 'POST') {
        const chunks = [];
        for await (const chunk of context.req) chunks.push(chunk);
        let envelope;
        try {
          envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          context.status = 400;
          context.body = { error: 'json' };
          return;
        }
        received.push(envelope);
        context.status = 201;
        context.body = { id: envelope?.id ?? null };
        return;
      }
      if (route === 'received' && context.method === 'GET') {
        context.body = received;
        return;
      }
      context.status = 405;
      return;
    }
    await next();
    if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
      context.set('Content-Security-Policy', STRICT_CSP);
    }
  };
}
