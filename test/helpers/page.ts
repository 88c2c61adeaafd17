import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Saves a PNG of `element` (or the whole page) to test-output/screenshots/<name>.png, to be looked at
 * after the run. Returns the file's path. Not a comparison: pixels differ from machine to machine.
 */
export async function screenshot(name: string, element?: Element): Promise<string> {
  const box = element?.getBoundingClientRect();
  const clip = box ? { x: box.x + scrollX, y: box.y + scrollY, width: Math.ceil(box.width), height: Math.ceil(box.height) } : undefined;
  return executeServerCommand<string, object>('page-screenshot', { name, ...(clip ? { clip } : {}) });
}

/** Emulates CSS media features (`{ 'forced-colors': 'active' }`) and type ('print'); no argument resets. */
export async function emulateMedia(features: Record<string, string> = {}, type?: 'print' | 'screen'): Promise<void> {
  await executeServerCommand('page-emulate-media', { features, ...(type ? { type } : {}) });
}

/** Sets the page's viewport in CSS pixels. */
export async function setViewport(width: number, height = 800): Promise<void> {
  await executeServerCommand('page-viewport', { width, height });
}
