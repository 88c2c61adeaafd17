import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './i18n.js';

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

/** Renders again when the browser's voices arrive (Chromium lists them after a `voiceschanged`). */
export class SpeechController implements ReactiveController {
  private readonly voicesChanged = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    synthesis()?.addEventListener('voiceschanged', this.voicesChanged);
  }

  hostDisconnected(): void {
    synthesis()?.removeEventListener('voiceschanged', this.voicesChanged);
  }

  /** True when the browser can read this language aloud. */
  canRead(locale: Locale): boolean {
    return voiceFor(locale) !== undefined;
  }
}
