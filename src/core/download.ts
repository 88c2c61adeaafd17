/**
 * Hands a file made in the page to the person (an export, their answers, a calendar entry): nothing
 * is requested from anywhere, the file is a local blob.
 *
 * ```ts
 * downloadFile('idees-2026-11.csv', csv, 'text/csv;charset=utf-8');
 * ```
 */

/** How long the blob stays readable after the click: browsers start the download asynchronously. */
const REVOKE_AFTER_MS = 10_000;

/** Offers `content` as a file named `filename` (the browser saves it or asks where). */
export function downloadFile(filename: string, content: BlobPart | BlobPart[], mimeType: string): void {
  const blob = new Blob(Array.isArray(content) ? content : [content], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  // In the document, not a shadow root: some browsers ignore a click on a detached link.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** A file name made safe and short from free text ("Café des usagers" → "cafe-des-usagers"). */
export function fileSlug(text: string, max = 40): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      // Accents off first (é → e + U+0301): otherwise each one becomes a dash ("e-te").
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, max)
      .replace(/-$/, '')
  );
}
