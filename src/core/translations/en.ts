import { plural } from '../i18n.js';
import type { CoreStrings } from './fr.js';

export const coreEn: CoreStrings = {
  configNoticeTitle: 'This form cannot be shown at the moment.',
  configNoticeBody: 'Its configuration has an error. You can contact the health centre directly.',
  configNoticeDetails: 'Details for the person who runs this site',
  configProblem: (expected, found) => `expected ${expected}, found ${found}`,
  required: 'required',
  optional: 'optional',
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
  reference: (reference) => `Reference: ${reference}`,
  status: {
    sent: 'Thank you! Your contribution has been sent to the team.',
    queued: 'Thank you! Your contribution is saved on this device. It will be sent automatically as soon as the connection allows.',
    saved: 'Thank you! Your contribution has been saved.',
    rejected: (httpStatus) =>
      `The server refused it (error ${httpStatus}). A copy is kept on this device for 30 days. You can also give your message to the reception desk.`,
    refusedForNow: (httpStatus, until) =>
      `The server refused it for now (error ${httpStatus}). Your contribution stays on this device and will be sent again automatically until ${until.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}. You can also give it to the reception desk.`,
    personalDataErasedLater: (at) =>
      `If it has not gone through by ${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}, your contact details will be erased from this device.`,
    personalDataErased: 'Your contact details were not kept on this device: please contact the health centre directly.',
    failedSend: 'It could not be sent, and this browser cannot keep a copy. Check your connection and try again: your text is still here.',
    failedSave:
      'This browser cannot save your contribution (private browsing?). Your text is still here: try another browser or give it to the reception desk.',
    delivered: 'Your waiting contribution has just been sent.',
  },
};
