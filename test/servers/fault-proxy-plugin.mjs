// Server commands for browser tests: a fault-injecting proxy (test/servers/fault-proxy.ts) in front of a
// real collector (started with `collector-start`). Register with `plugins: [..., faultProxyCommands()]`.
// Browser side: test/servers/fault-proxy-client.ts.

/** Proxies started by tests, by id. */
const proxies = new Map();
let nextId = 1;

export function faultProxyCommands() {
  return {
    name: 'msp-fault-proxy-commands',
    async executeCommand({ command, payload }) {
      if (!command.startsWith('fault-proxy-')) return undefined;
      // Loaded on first use: the config registers tsx, so the TypeScript module imports as is.
      const { FaultProxy } = await import('./fault-proxy.ts');
      const proxy = payload && proxies.get(payload.id);
      switch (command) {
        case 'fault-proxy-start': {
          const started = new FaultProxy(payload.target);
          if (payload.plan) started.setPlan(payload.plan);
          await started.start();
          const id = String(nextId++);
          proxies.set(id, started);
          return { id, url: started.url };
        }
        case 'fault-proxy-plan':
          proxy.setPlan(payload.plan);
          return true;
        case 'fault-proxy-stats':
          return proxy.stats;
        case 'fault-proxy-stop':
          if (proxy) await proxy.stop();
          proxies.delete(payload.id);
          return true;
        default:
          return undefined;
      }
    },
  };
}
