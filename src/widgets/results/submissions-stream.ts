// The collector's read answer, `{ "submissions": [ … ], "actions": …, "answers": …, "events": … }`,
// read as it arrives: each submission's JSON text is cut out of the stream and parsed on its own, so
// that 100,000 submissions (139 MB of JSON) are parsed in slices that give the main thread back
// (chunks.ts) instead of one `response.json()` of several seconds (issue 16). What is left (the
// answer without its submissions) is small and parsed at the end.

const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c;
const SPACE = 0x20;

/**
 * Cuts the submissions out of the answer's text, pushed in pieces of any size. `push` returns the
 * JSON text of each submission completed by that piece; `end` parses the rest of the answer (its
 * `submissions` left empty) and says how many entries were not objects (ignored, like any entry
 * that is not an envelope). Invalid JSON makes `end` (or a submission's JSON.parse) throw.
 */
export class SubmissionsSplitter {
  /** Text kept: outside the submissions, all of it (small); inside, from the submission under way. */
  private text = '';
  /** Where the scan resumes in `text`. */
  private position = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Start of the string under way at depth 1, and the last one closed there (the key, when a value follows). */
  private keyStart = -1;
  private lastKey = '';
  /** Inside the `submissions` array (depth 2 is its entries). */
  private inSubmissions = false;
  /** Start of the submission under way in `text`, or -1. */
  private entryStart = -1;
  /** A number, true, false or null entry under way (counted at its first character). */
  private inPrimitive = false;
  /** The answer's text outside the submissions, copied so far. */
  private readonly rest: string[] = [];
  /** Start in `text` of the answer's text still to copy (outside the submissions). */
  private restFrom = 0;
  private primitives = 0;

  push(piece: string): string[] {
    this.text += piece;
    const entries: string[] = [];
    const text = this.text;
    for (let i = this.position; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.depth === 1) this.lastKey = text.slice(this.keyStart + 1, i);
        }
        continue;
      }
      const entryLevel = this.inSubmissions && this.depth === 2;
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1) this.keyStart = i;
        else if (entryLevel) this.primitives++; // a string is not an envelope
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (entryLevel && c === OPEN_BRACE) this.entryStart = i;
        else if (entryLevel) this.primitives++; // nor is an array
        this.depth++;
        if (this.depth === 2 && c === OPEN_BRACKET && this.lastKey === 'submissions') {
          this.inSubmissions = true;
          this.rest.push(text.slice(this.restFrom, i + 1));
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        this.inPrimitive = false;
        if (this.inSubmissions && this.depth === 2 && c === CLOSE_BRACE && this.entryStart >= 0) {
          entries.push(text.slice(this.entryStart, i + 1));
          this.entryStart = -1;
        } else if (this.inSubmissions && this.depth === 1) {
          this.inSubmissions = false;
          this.restFrom = i;
        }
      } else if (entryLevel) {
        if (c === COMMA) this.inPrimitive = false;
        else if (c > SPACE && !this.inPrimitive) {
          this.inPrimitive = true;
          this.primitives++;
        }
      }
    }
    // Inside the submissions, only the one under way is kept; outside, everything (a few KB).
    if (this.inSubmissions) this.shift(this.entryStart >= 0 ? this.entryStart : text.length);
    else this.position = text.length;
    return entries;
  }

  /** Drops `count` characters from the start of `text`. */
  private shift(count: number): void {
    this.text = this.text.slice(count);
    this.position = this.text.length;
    if (this.entryStart >= 0) this.entryStart -= count;
  }

  /** The answer without its submissions, parsed (throws on invalid JSON), and the entries that were not objects. */
  end(): { rest: unknown; primitives: number } {
    const rest = this.rest.join('') + (this.inSubmissions ? '' : this.text.slice(this.restFrom));
    return { rest: JSON.parse(rest), primitives: this.primitives };
  }
}
