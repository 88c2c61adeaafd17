/** What was read aloud: the text and the language asked for. */
export interface Spoken {
  text: string;
  lang: string;
}

/**
 * Replaces the browser's speech synthesis with spies (headless Chromium has no voice): voices for the
 * given languages, `speak` recording what it was asked to say. `restore()` puts the real one back.
 */
export function fakeSpeech(languages: string[] = ['fr-FR', 'en-GB', 'ar-SA']): { spoken: Spoken[]; restore(): void } {
  const spoken: Spoken[] = [];
  const voices = languages.map((lang) => ({ lang, name: `Test ${lang}`, voiceURI: `test-${lang}`, default: false, localService: true }));
  const synth = speechSynthesis as unknown as Record<string, unknown>;
  synth.getVoices = () => voices;
  synth.speak = (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang });
  synth.cancel = () => {};
  speechSynthesis.dispatchEvent(new Event('voiceschanged'));
  return {
    spoken,
    restore() {
      delete synth.getVoices;
      delete synth.speak;
      delete synth.cancel;
      speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    },
  };
}
