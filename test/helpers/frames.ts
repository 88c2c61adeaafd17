/**
 * Loads a page in an iframe (sandboxed with `allow-scripts` only when asked: an opaque origin, no
 * storage) and resolves with the first message it posts to this page; the frame is removed then.
 */
export function reportFromFrame<T>(src: string, options: { sandboxed?: boolean } = {}): Promise<T> {
  const iframe = document.createElement('iframe');
  if (options.sandboxed) iframe.sandbox.add('allow-scripts');
  iframe.src = src;
  const report = new Promise<T>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      iframe.remove();
      resolve(event.data as T);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(iframe);
  return report;
}
