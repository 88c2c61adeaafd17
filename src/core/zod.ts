// zod/mini for every schema in the browser code, configured before its first parse: zod 4 probes
// `new Function('')` on its first object parse to decide whether to compile parsers, and under a CSP
// without 'unsafe-eval' that probe logs a violation on the host page (shared/TOOLCHAIN.md §5). No
// widget imports this on its first render: config validation, feeds and envelopes load it on demand.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
