import { plural } from '../i18n.js';
import type { CoreStrings } from './fr.js';

/** Arabic: short sentences and common words; dates with Latin digits (see intlLocales in i18n.ts). */
export const coreAr: CoreStrings = {
  configNoticeTitle: 'لا يمكن عرض هذه الاستمارة الآن.',
  configNoticeBody: 'في إعداداتها خطأ. يمكنكم الاتصال بالمركز الصحي مباشرة.',
  configNoticeDetails: 'تفاصيل للشخص الذي يدير هذا الموقع',
  configProblem: (expected, found) => `المتوقع ${expected}، الموجود ${found}`,
  required: 'إجباري',
  optional: '(اختياري)',
  errorPrefix: 'خطأ:',
  errorSummaryTitle: 'هناك مشكلة',
  errorSummaryIntro: (count) => plural('ar', count, { one: 'تحققوا من هذه النقطة:', other: `تحققوا من هذه النقاط (${count}):` }),
  honeypotLabel: 'لا تملؤوا هذا الحقل',
  tooFast: 'خذوا بضع ثوانٍ لقراءة النص قبل الإرسال من فضلكم.',
  charactersLeft: (count) => (count >= 0 ? `بقي ${count} حرفًا` : `${-count} حرفًا زائدًا`),
  send: 'إرسال',
  sending: 'جارٍ الإرسال',
  tryAgain: 'حاولوا مرة أخرى',
  reference: (reference) => `إذا اتصلتم بالاستقبال بخصوص هذا الإرسال، أعطوا هذا الرقم: ${reference}`,
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل هذا الجزء. تحققوا من الاتصال بالإنترنت، ثم حاولوا مرة أخرى.',
  noStorageNotice: 'لا تستطيع هذه الاستمارة حفظ أي إجابة في هذه الصفحة. يمكنكم إعطاء رأيكم مباشرة في الاستقبال.',
  languageLabel: 'اللغة',
  easyReadSwitch: 'سهل القراءة',
  readAloud: (what) => `استمعوا: ${what}`,
  status: {
    sent: 'شكرًا! وصلت رسالتكم إلى الفريق.',
    queued: 'شكرًا! رسالتكم محفوظة على هذا الجهاز. ستُرسل وحدها عندما يعود الاتصال.',
    saved: 'شكرًا! رسالتكم محفوظة.',
    rejected: () => 'لم نتمكن من إيصال رسالتكم إلى الفريق. تبقى نسخة على هذا الجهاز مدة 30 يومًا. يمكنكم أيضًا تسليمها إلى الاستقبال.',
    refusedForNow: (_httpStatus, until) =>
      `لم تُرسل رسالتكم بعد. سيحاول هذا الجهاز من جديد وحده حتى ${until.toLocaleDateString('ar-u-nu-latn', { day: 'numeric', month: 'long' })}. يمكنكم أيضًا تسليمها إلى الاستقبال.`,
    personalDataErasedLater: (at) =>
      `إذا لم تُرسل قبل ${at.toLocaleDateString('ar-u-nu-latn', { day: 'numeric', month: 'long' })}، ستُمحى معلومات الاتصال بكم من هذا الجهاز.`,
    personalDataErased: 'لم نحتفظ بمعلومات الاتصال بكم على هذا الجهاز. اتصلوا بالاستقبال مباشرة.',
    failedSend: 'لم تُرسل رسالتكم. تحققوا من الاتصال ثم حاولوا مرة أخرى. نصكم ما زال هنا.',
    failedSave: 'لا يستطيع هذا المتصفح حفظ رسالتكم. نصكم ما زال هنا. جربوا متصفحًا آخر، أو سلموا رسالتكم إلى الاستقبال.',
    delivered: 'أُرسلت الآن رسالتكم التي كانت في الانتظار.',
  },
};
