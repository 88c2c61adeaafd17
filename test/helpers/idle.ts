/**
 * Records the idle callbacks asked for instead of running them, as on a page that keeps the browser
 * busy (an idle callback then waits up to its timeout); a cancelled one leaves `asked`. `restore()`
 * puts the browser's own back.
 */
export function recordIdleCallbacks(): { asked: Map<number, IdleRequestCallback>; requested(): number; restore(): void } {
  const asked = new Map<number, IdleRequestCallback>();
  let next = 1;
  const { requestIdleCallback: request, cancelIdleCallback: cancel } = window;
  window.requestIdleCallback = (callback) => {
    asked.set(next, callback);
    return next++;
  };
  window.cancelIdleCallback = (id) => void asked.delete(id);
  return {
    asked,
    /** How many were asked for in all, cancelled or not. */
    requested: () => next - 1,
    restore() {
      window.requestIdleCallback = request;
      window.cancelIdleCallback = cancel;
    },
  };
}
