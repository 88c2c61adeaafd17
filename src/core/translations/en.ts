import { plural } from '../i18n.js';
import type { CoreStrings } from './fr.js';

export const coreEn: CoreStrings = {
  configNoticeTitle: 'This form cannot be shown at the moment.',
  configNoticeBody: 'Its configuration has an error. You can contact the health centre directly.',
  configNoticeDetails: 'Details for the person who runs this site',
  configProblem: (expected, found) => `expected ${expected}, found ${found}`,
  required: 'required',
  optional: '(optional)',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  errorSummaryIntro: (count) => plural('en', count, { one: 'Please check this:', other: `Please check these ${count} points:` }),
  honeypotLabel: 'Do not fill in this field',
  tooFast: 'Please take a few seconds to read it over before sending.',
  charactersLeft: (count) =>
    count >= 0
      ? plural('en', count, { one: `${count} character left`, other: `${count} characters left` })
      : plural('en', -count, { one: `${-count} character too many`, other: `${-count} characters too many` }),
  send: 'Send',
  sending: 'Sending…',
  tryAgain: 'Try again',
  reference: (reference) => `If you call the reception desk about this, give this number: ${reference}`,
  loading: 'Loading…',
  loadFailed: 'This part could not be loaded. Check the internet connection, then try again.',
  noStorageNotice: 'This form cannot keep an answer on this page. You can give your opinion directly at the reception desk.',
  languageLabel: 'Language',
  easyReadSwitch: 'Easy to read',
  readAloud: (what) => `Listen: ${what}`,
  status: {
    sent: 'Thank you! The team has received your message.',
    queued: 'Thank you! Your message is kept on this device. It will go by itself when the connection comes back.',
    saved: 'Thank you! Your message is saved.',
    rejected: () => 'Your message could not be delivered to the team. A copy stays on this device for 30 days. You can also give it to the reception desk.',
    refusedForNow: (_httpStatus, until) =>
      `Your message has not gone yet. This device will try again by itself until ${until.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}. You can also give it to the reception desk.`,
    personalDataErasedLater: (at) =>
      `If it has not gone by ${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}, your contact details will be erased from this device.`,
    personalDataErased: 'Your contact details were not kept on this device. Please call the reception desk.',
    failedSend: 'Your message has not gone. Check the connection and try again. Your text is still here.',
    failedSave: 'This browser cannot keep your message. Your text is still here. Try another browser, or give your message to the reception desk.',
    delivered: 'Your waiting message has just gone.',
  },
};
