import type { IdeaBoxStrings } from './fr.js';

/**
 * Arabic (Modern Standard Arabic kept simple: readers from the Maghreb and the Middle East, many with
 * little schooling): short sentences, everyday words, the polite plural ("أنتم"). Arabic punctuation
 * (، ؛ ؟), Latin digits (as phone numbers are written). A value the team typed in Latin letters (the
 * structure's name, the recipient) is wrapped in Unicode isolates so that it cannot reorder the
 * sentence around it.
 */

/** A value typed by the team, isolated from the Arabic sentence around it (U+2068 … U+2069). */
const isolate = (value: string) => `\u2068${value}\u2069`;

/** Arabic counts have six forms; each noun gives the ones it needs (Intl.PluralRules picks). */
function count(value: number, forms: Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>): string {
  const rule = new Intl.PluralRules('ar').select(value) as keyof typeof forms;
  return forms[rule] ?? forms.other;
}

export const ideaBoxAr: IdeaBoxStrings = {
  title: 'صندوق الأفكار',
  invitation: (structure) =>
    `${structure ? `${isolate(structure)}: الفريق يستمع إليكم. ` : ''}هل عندكم ملاحظة أو اقتراح أو فكرة لتحسين الاستقبال والخدمات؟ أخبرونا. الفريق يقرأ كل رسالة.`,
  anonymous: 'فكرتكم بدون اسم. لا نطلب اسمكم ولا رقم هاتفكم.',
  themeLegend: 'ما موضوع فكرتكم؟',
  themeRequired: 'اختاروا موضوع فكرتكم.',
  ideaLabel: 'فكرتكم',
  ideaHint: 'لا تكتبوا اسمكم ولا معلومات عن صحتكم. هذه الرسالة لا تصل إلى طبيبكم. لمشكلة صحية، اتصلوا بالاستقبال، أو بالرقم 15 في حالة الطوارئ.',
  ideaRequired: 'اكتبوا فكرتكم.',
  ideaTooLong: (max) =>
    `فكرتكم طويلة جدًا. الحد الأقصى ${count(max, { zero: 'حرف', one: 'حرف واحد', two: 'حرفان', few: `${max} أحرف`, many: `${max} حرفًا`, other: `${max} حرف` })}.`,
  participateLabel: 'أرغب في المشاركة في حياة المركز الصحي، مثل مجموعات العمل أو لجنة المرضى.',
  participateLegend: 'المشاركة في حياة المركز الصحي',
  participateHint: 'ضعوا علامة هنا فقط إذا أردتم أن يتصل بكم الفريق.',
  consentLegend: 'موافقتكم',
  contactLabel: 'كيف نتصل بكم؟',
  contactHint: 'رقم هاتف أو بريد إلكتروني.',
  contactRequired: 'اكتبوا كيف نتصل بكم، أو أزيلوا علامة المشاركة.',
  consentLabel: (recipient) => `أوافق على إعطاء هذه المعلومات للاتصال بي بخصوص مشاركتي. من يستلمها: ${isolate(recipient)}.`,
  consentRequired: 'ضعوا علامة الموافقة ليتصل بكم الفريق، أو أزيلوا علامة المشاركة.',
  noticeTitle: 'معلومات الاتصال بكم: ماذا نفعل بها؟',
  notice: (recipient, retention, rights) => [
    `من يستلمها: ${isolate(recipient)}.`,
    'لماذا: للاتصال بكم ودعوتكم إلى المشاركة في حياة المركز الصحي. تبقى فكرتكم بدون اسم عند باقي الفريق.',
    `مدة الحفظ: ${isolate(retention)}.`,
    `حقوقكم: يمكنكم في أي وقت أن تطلبوا رؤية هذه المعلومات أو تصحيحها أو حذفها. اطلبوا ذلك من: ${isolate(rights)}.`,
  ],
  warningTitle: 'يبدو أن في رسالتكم معلومات شخصية',
  warningIntro: 'لحماية حياتكم الخاصة، ننصحكم بحذفها. وجدنا:',
  warningKinds: {
    email: 'عنوان بريد إلكتروني',
    phone: 'رقم هاتف',
    'social-security': 'رقم الضمان الاجتماعي',
    name: 'اسم شخص',
    health: 'معلومة عن الصحة',
    age: 'عمر شخص',
    'birth-date': 'تاريخ ميلاد',
    address: 'عنوان سكن',
  },
  warningEdit: 'تعديل رسالتي',
  warningSendAnyway: 'الإرسال رغم ذلك',
  listLabel: (label) => `${label}:`,
  submit: 'إرسال فكرتي',
  doneTitle: 'شكرًا على فكرتكم',
  reference: (reference) => `رقم فكرتكم: ${isolate(reference)}. أعطوا هذا الرقم للاستقبال إذا أردتم الحديث عنها أو حذفها.`,
  outcomes: {
    sent: 'شكرًا! وصلت فكرتكم إلى الفريق.',
    queued: 'فكرتكم محفوظة على هذا الجهاز. سترسل وحدها عندما يعود الاتصال بالإنترنت.',
    saved: 'شكرًا! فكرتكم محفوظة.',
    delivered: 'فكرتكم التي كانت تنتظر وصلت الآن إلى الفريق.',
  },
  writeAnother: 'كتابة فكرة أخرى',
  feedTitle: 'قلتم، وفعلنا',
  feedIntro: 'الأفكار التي وصلتنا، وما فعله الفريق بها.',
  feedLoading: 'نحمّل أجوبة الفريق…',
  feedUnavailable: 'أجوبة الفريق غير متاحة الآن. يمكنكم مع ذلك إرسال فكرتكم.',
  feedEmpty: 'لا توجد فكرة تناسب هذا الاختيار.',
  feedFilterStatus: 'الاختيار حسب الحالة',
  feedFilterTheme: 'الاختيار حسب الموضوع',
  feedAll: 'الكل',
  feedCount: (value) =>
    count(value, { zero: 'لا توجد أفكار', one: 'فكرة واحدة', two: 'فكرتان', few: `${value} أفكار`, many: `${value} فكرة`, other: `${value} فكرة` }),
  feedReceived: (date) => `وصلت في ${date}`,
  feedAnswer: 'جواب الفريق:',
  feedIdea: 'الفكرة:',
  feedStatus: 'الحالة:',
  defaultThemes: {
    accueil: 'الاستقبال',
    'rendez-vous': 'أخذ المواعيد',
    delais: 'مدة الانتظار',
    locaux: 'المبنى وسهولة الدخول',
    information: 'المعلومات والإعلانات',
    'site-internet': 'الموقع الإلكتروني',
    prevention: 'الوقاية والورشات',
    autre: 'موضوع آخر',
  },
  defaultStatuses: {
    recue: 'وصلت',
    'a-l-etude': 'قيد الدراسة',
    retenue: 'مقبولة',
    realisee: 'تم تنفيذها',
    'non-retenue': 'غير مقبولة',
  },
};
