import { executeServerCommand } from '@web/test-runner-commands';
import type { ProxyPlan, ProxyStats } from './fault-proxy.js';

/** The browser's handle on a fault proxy (test/servers/fault-proxy-plugin.mjs) in front of a collector. */
export class FaultProxyHandle {
  private constructor(
    readonly id: string,
    readonly url: string,
  ) {}

  /** Starts a proxy forwarding to `target` (a collector's base URL). */
  static async start(target: string, plan: ProxyPlan = { mode: 'pass' }): Promise<FaultProxyHandle> {
    const started = await executeServerCommand<{ id: string; url: string }, object>('fault-proxy-start', { target, plan });
    if (!started) throw new Error('fault-proxy-start failed (is faultProxyCommands() in the plugins?)');
    return new FaultProxyHandle(started.id, started.url);
  }

  /** Where widgets POST, through the proxy. */
  get endpoint(): string {
    return `${this.url}/submissions`;
  }

  plan(plan: ProxyPlan): Promise<unknown> {
    return executeServerCommand('fault-proxy-plan', { id: this.id, plan });
  }
  async stats(): Promise<ProxyStats> {
    const stats = await executeServerCommand<ProxyStats, object>('fault-proxy-stats', { id: this.id });
    if (!stats) throw new Error('fault-proxy-stats failed');
    return stats;
  }
  stop(): Promise<unknown> {
    return executeServerCommand('fault-proxy-stop', { id: this.id });
  }
}
