// Read-aloud with the browser's own speech synthesis (no outside service). Not in a widget's first
// download: widget-base.ts asks for this module on its first render, and the buttons come with it.
import { css, html, nothing, svg, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { Locale } from './i18n.js';
import { addStyles } from './later-styles.js';
import { drawPictogram } from './pictograms.js';

/** The button's look, added to the widget's shadow root with the module (theme.ts has the rest). */
const readAloudStyles = css`
  .read-aloud {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0;
    vertical-align: middle;
    font: inherit;
    color: var(--_accent);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
`;

const speaker = svg`<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;

/** The voice asked of the browser per language (its own speech synthesis: no outside service). */
const voiceLanguages: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar' };

function synthesis(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

/** A voice of this browser for the language, if it has one (a French voice for `fr`, any regional one). */
export function voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
  const voices = synthesis()?.getVoices() ?? [];
  const wanted = voiceLanguages[locale].toLowerCase();
  const ofLanguage = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === locale);
  return ofLanguage.find((voice) => voice.lang.toLowerCase() === wanted) ?? ofLanguage.find((voice) => voice.localService) ?? ofLanguage[0];
}

/** Reads a text aloud in the language, a little slower than the default; stops what was being read. */
export function speak(text: string, locale: Locale): void {
  const synth = synthesis();
  if (!synth) return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voiceLanguages[locale];
  const voice = voiceFor(locale);
  if (voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
  utterance.rate = 0.9;
  synth.speak(utterance);
}

/** Draws the buttons, and renders again when the browser's voices arrive (Chromium lists them after a `voiceschanged`). */
export class SpeechController implements ReactiveController {
  private readonly voicesChanged = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveElement) {
    addStyles(host, readAloudStyles);
    host.addController(this);
  }

  hostConnected(): void {
    synthesis()?.addEventListener('voiceschanged', this.voicesChanged);
  }

  hostDisconnected(): void {
    synthesis()?.removeEventListener('voiceschanged', this.voicesChanged);
  }

  /**
   * A button that reads `text` aloud (part `button read-aloud`), named `name`; nothing when the
   * browser has no voice for the language.
   */
  button(text: string, name: string, locale: Locale): TemplateResult | typeof nothing {
    return voiceFor(locale) === undefined || !text
      ? nothing
      : html`<button type="button" class="read-aloud" part="button read-aloud" aria-label=${name} @click=${() => speak(text, locale)}>
          ${drawPictogram(speaker, 1.25)}
        </button>`;
  }
}
