import { nothing } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

/**
 * `byKey(key, template)`: where the key at a place changes, the template's DOM is made anew, never
 * reused for another key. The steps need it for their questions: a radio reused under another group's
 * name would uncheck that group's choice (HTML radio group rules). Lit's `keyed`, written here so that
 * it stays in the survey's own chunk: the build puts Lit's directives in the shared msp-core chunk that
 * every widget downloads (Lit's `repeat`, used before, weighed 0.4 KB gzip in the survey's chunk).
 */
class ByKey extends Directive {
  private key: unknown = nothing;

  render(key: unknown, value: unknown): unknown {
    this.key = key;
    return value;
  }

  override update(part: Part, [key, value]: [unknown, unknown]): unknown {
    if (key !== this.key) {
      setCommittedValue(part); // Clears what was there: the next commit draws the template anew.
      this.key = key;
    }
    return value;
  }
}

export const byKey = directive(ByKey);
