import type { EventSignupStrings } from './fr.js';

// Modern Standard Arabic kept simple: short sentences, common words, Arabic punctuation (، ؛ ؟).
// Numbers stay in Latin digits (as on French documents and phones). A phone number, an e-mail
// address or a code is isolated left to right (U+2066 … U+2069): its digit groups would otherwise be
// laid out from right to left inside an Arabic sentence ("78 56 34 12 06").

const two = (n: number) => String(n).padStart(2, '0');
const ltr = (text: string) => `\u2066${text}\u2069`;

/**
 * Arabic counts by its own rule: 1 and 2 have their own words, 3–10 take a plural, 11–99 a singular
 * with tanwin, 100 and more a singular. `Intl.PluralRules('ar')` says which (zero, one, two, few, many, other).
 */
function count(n: number, forms: { one: string; two: string; few: string; many: string; other: string }): string {
  const category = new Intl.PluralRules('ar').select(n);
  const form = category === 'zero' ? forms.other : forms[category as keyof typeof forms];
  return form.replace('#', String(n));
}

const hours = (n: number) => count(n, { one: 'ساعة واحدة', two: 'ساعتان', few: '# ساعات', many: '# ساعة', other: '# ساعة' });
const minutes = (n: number) => count(n, { one: 'دقيقة واحدة', two: 'دقيقتان', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' });
const days = (n: number) => count(n, { one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' });

export const eventSignupAr: EventSignupStrings = {
  heading: 'الأنشطة القادمة',
  intro: (structure) =>
    structure
      ? `${structure}: ورشات ولقاءات ودعوات للمشاركة. هي مفتوحة للمرضى، وأحيانًا لأقاربهم.`
      : 'ورشات ولقاءات ودعوات للمشاركة. هي مفتوحة للمرضى، وأحيانًا لأقاربهم.',
  kinds: {
    atelier: 'ورشة',
    'atelier-etp': 'ورشة لتعلّم العيش مع المرض',
    'groupe-de-marche': 'مجموعة مشي',
    'soiree-debat': 'أمسية نقاش',
    'projection-debat': 'عرض فيلم ثم نقاش',
    'portes-ouvertes': 'يوم الأبواب المفتوحة',
    'reunion-echange': 'لقاء للحوار',
    'appel-candidatures-comite': 'دعوة للترشح: لجنة المرضى',
    'appel-candidatures-patient-partenaire': 'دعوة للترشح: مريض شريك',
    'appel-candidatures-co-animation-etp': 'دعوة للترشح: تنشيط ورشات مع فريق العلاج',
    'appel-candidatures-groupe-de-travail': 'دعوة للترشح: مجموعة عمل',
  },
  callRoles: {
    'appel-candidatures-comite':
      'مع مرضى آخرين ومع المهنيين، تعطي رأيك في الاستقبال وفي مشاريع الفريق. تجربتك كمريض أو كقريب لمريض تكفي. لا تحتاج أن تكون خبيرًا.',
    'appel-candidatures-patient-partenaire': 'تشارك المهنيين تجربتك كمريض أو كقريب لمريض. وتصنع معهم أنشطة ووثائق ودورات تدريب، على قدم المساواة.',
    'appel-candidatures-co-animation-etp':
      'هل تعيش مع مرض طويل، أو تساعد قريبًا مريضًا؟ مع أحد أفراد فريق العلاج، تنشّط ورشات يتعلّم فيها أشخاص آخرون العيش بشكل أفضل مع المرض نفسه. تجربتك مهمة مثل معرفته.',
    'appel-candidatures-groupe-de-travail': 'مع بعض المهنيين ومرضى آخرين، تحضّر مشروعًا واحدًا في بضعة اجتماعات. مثلًا: الاستقبال، أو ورقة معلومات، أو ورشة.',
  },
  callLabels: {
    role: 'دورك',
    time: 'الوقت اللازم',
    training: 'التدريب',
    compensation: 'المصاريف والتعويض',
    charter: 'ميثاق الالتزام',
    phone: 'للحديث عن ذلك',
  },
  charterLink: 'اقرأ ميثاق الالتزام',
  charterHint: 'القواعد التي يتفق المهنيون والمرضى على احترامها معًا.',
  callUs: 'اتصل بنا على الرقم',
  candidacyReassurance: 'الترشح لا يُلزمك بشيء. سيتصل بك الفريق للحديث عنه، ويمكنك بعد ذلك أن تقول لا.',
  noSignup: 'بدون تسجيل: تعال فقط. لا شيء تملؤه، ولا نطلب أي معلومات عنك.',
  questionCallUs: 'عندك سؤال؟ اتصل بنا على الرقم',
  infoCalendarHint: 'ملف لتقويم هاتفك أو حاسوبك، مع تذكير في اليوم السابق. يُصنع هذا الملف هنا، ولا يُرسَل أي شيء.',
  loading: 'جارٍ تحميل الأنشطة',
  none: 'لا يوجد نشاط مفتوح للتسجيل الآن. عد قريبًا أو اسأل في الاستقبال.',
  feedFailed: 'لم نتمكن من تحميل قائمة الأنشطة. حاول لاحقًا أو اسأل في الاستقبال.',
  time: (hour, minute) => `${hour}:${two(minute)}`,
  timeRange: (start, end) => `من ${start} إلى ${end}`,
  untilDay: (day, time) => `حتى ${day} الساعة ${time}`,
  duration: (total) => {
    const h = Math.floor(total / 60);
    const rest = total % 60;
    if (h === 0) return minutes(rest);
    if (h >= 24 && rest === 0 && h % 24 === 0) return days(h / 24);
    return rest === 0 ? hours(h) : `${hours(h)} و${minutes(rest)}`;
  },
  clockBack: 'انتبه: في ليلة تغيير الساعة، ترجع الساعات ساعة واحدة أثناء النشاط. المدة المكتوبة تحسب هذا التغيير.',
  clockForward: 'انتبه: في ليلة تغيير الساعة، تتقدّم الساعات ساعة واحدة أثناء النشاط. المدة المكتوبة تحسب هذا التغيير.',
  labels: {
    when: 'متى',
    duration: 'المدة',
    place: 'المكان',
    access: 'سهولة الدخول',
    theme: 'الموضوع',
    objectives: 'الأهداف',
    objective: 'الهدف',
    audience: 'لمن',
    seats: 'المقاعد',
    deadline: 'التسجيل',
    firstMeeting: 'أول لقاء',
    deadlineCall: 'الترشح',
  },
  wheelchair: 'يمكن الدخول بالكرسي المتحرك.',
  notWheelchair: 'لا يمكن الدخول بالكرسي المتحرك. اتصل بنا، وسنبحث عن حل.',
  seatsLeft: (n) => count(n, { one: 'بقي مقعد واحد', two: 'بقي مقعدان', few: 'بقيت # مقاعد', many: 'بقي # مقعدًا', other: 'بقي # مقعد' }),
  seatsOf: (capacity) => `من ${capacity}`,
  full: 'النشاط ممتلئ. يمكنك التسجيل في قائمة الانتظار.',
  waitingCount: (n) => (n === 0 ? '' : `عدد المسجلين في قائمة الانتظار: ${n}.`),
  deadlineDay: (day) => `حتى نهاية يوم ${day}.`,
  deadlineAt: (day, time) => `حتى ${day}، الساعة ${time}.`,
  closed: 'انتهى التسجيل.',
  candidacyNote: 'لا يوجد عدد محدد للمقاعد. الفريق يقرأ كل ترشح.',
  signUp: 'سجّل',
  joinWaitingList: 'سجّل في قائمة الانتظار',
  apply: 'قدّم ترشحك',
  eventSuffix: (title) => `: ${title}`,
  formHeading: (title) => `التسجيل: ${title}`,
  candidacyHeading: (title) => `الترشح: ${title}`,
  waitingListNotice: 'هذا النشاط ممتلئ. إذا سجّلت الآن، ستكون في قائمة الانتظار. سيخبرك الفريق إذا أصبح هناك مقعد فارغ. هذا ليس مقعدًا محجوزًا بعد.',
  privacyTitle: 'ما نطلبه منك، ولماذا',
  privacyIntro: 'نطلب أقل ما يمكن.',
  whoSees: (recipient) => `من سيرى تسجيلك: ${recipient}، ولا أحد غيره.`,
  defaultRecipient: (structure) => (structure ? `الفريق الذي ينظّم النشاط (${structure})` : 'فريق المركز الصحي الذي ينظّم النشاط'),
  retention: (text) => `إلى متى نحتفظ به: ${text}.`,
  defaultRetention: 'حتى نهاية النشاط، ثم يُحذف',
  whoSeesCandidacy: (recipient) => `من سيرى ترشحك: ${recipient}، ولا أحد غيره.`,
  defaultRetentionCall: 'الوقت اللازم للرد عليك، وإذا شاركت، للبقاء على تواصل معك؛ ثم يُحذف',
  rights: (text) => `لرؤيته أو تصحيحه أو حذفه: ${text}.`,
  healthWarning:
    'انتبه: التسجيل في هذه الورشة قد يكشف شيئًا عن صحتك، مثل مرض. هذه المعلومة محمية بالسر المهني. يمكنك استعمال اسم مستعار. ولا تحتاج أن تكتب أي شيء عن صحتك هنا.',
  healthWarningCall:
    'انتبه: الترشح قد يكشف شيئًا عن صحتك أو صحة أحد أقاربك. هذه المعلومة محمية بالسر المهني. يمكنك استعمال اسم مستعار. ولا تحتاج أن تكتب أي شيء عن صحتك هنا.',
  nameLabel: 'الاسم الأول أو اسم مستعار',
  nameHint: 'لنستقبلك ونجدك في القائمة. الاسم المستعار يكفي، ولا نحتاج اسم العائلة.',
  nameMissing: 'اكتب اسمك الأول أو اسمًا مستعارًا',
  channelLegend: 'كيف تفضّل أن نتصل بك؟',
  channelHint: 'وسيلة واحدة تكفي.',
  channelMissing: 'اختر الهاتف أو البريد الإلكتروني',
  phone: 'الهاتف',
  email: 'البريد الإلكتروني',
  phoneLabel: 'رقم الهاتف',
  emailLabel: 'عنوان البريد الإلكتروني',
  contactHint: 'فقط لنخبرك بتغيير، أو بإلغاء، أو بمقعد أصبح فارغًا. لا نستعمله لأي شيء آخر.',
  phoneInvalid: `اكتب رقم هاتف، مثلًا ${ltr('06 12 34 56 78')}`,
  emailInvalid: `اكتب عنوان بريد إلكتروني، مثلًا ${ltr('nom@exemple.fr')}`,
  seatsLabel: 'عدد الأشخاص، وأنت منهم',
  seatsHint: 'لنحجز ما يكفي من المقاعد، إذا جاء معك أحد أقاربك.',
  people: (n) => count(n, { one: 'شخص واحد', two: 'شخصان', few: '# أشخاص', many: '# شخصًا', other: '# شخص' }),
  accessLabel: 'ما تحتاجه لتأتي في ظروف جيدة',
  accessHint: 'مثلًا: كرسي متحرك، مترجم لغة الإشارة، مساعدة في القراءة، ترجمة. فقط إذا أردت. لا تكتب شيئًا عن صحتك.',
  motivationLabel: 'لماذا تريد المشاركة؟',
  motivationHint: 'فقط إذا أردت: بضع كلمات تكفي، ولا توجد إجابة خاطئة. يمكنك أيضًا ألّا تكتب شيئًا، وسنتحدث معًا.',
  motivationHintPhone: (phone) =>
    `فقط إذا أردت: بضع كلمات تكفي، ولا توجد إجابة خاطئة. تفضّل الكلام على الكتابة؟ اترك هذا المكان فارغًا، أو اتصل بنا على الرقم ${ltr(phone)}.`,
  tooLong: 'هذا النص طويل جدًا',
  submitSignup: 'أؤكد تسجيلي',
  submitWaiting: 'سجّلني في قائمة الانتظار',
  submitCandidacy: 'أرسل ترشحي',
  cancel: 'العودة إلى قائمة الأنشطة',
  back: 'العودة إلى قائمة الأنشطة',
  confirmed: (title) => `تم. تسجيلك في «${title}» مؤكَّد.`,
  waiting: (title, position) =>
    position === undefined
      ? `النشاط «${title}» ممتلئ. أنت في قائمة الانتظار. سيخبرك الفريق إذا أصبح هناك مقعد فارغ.`
      : `النشاط «${title}» ممتلئ. أنت في قائمة الانتظار، ورقمك فيها ${position}. سيخبرك الفريق إذا أصبح هناك مقعد فارغ.`,
  received: (title) => `شكرًا! وصل تسجيلك في «${title}» إلى الفريق.`,
  candidacyReceived: 'شكرًا! وصل ترشحك. سيتصل بك الفريق للحديث عنه.',
  queued: (title) => `لم يُرسَل تسجيلك في «${title}» بعد. هو محفوظ على هذا الجهاز، وسيُرسَل وحده عندما يعود الاتصال. عندها فقط يُحجز مقعدك.`,
  saved: (title) => `تسجيلك في «${title}» محفوظ على هذا الجهاز.`,
  summaryTitle: (title) => `ملخّص: ${title}`,
  fact: (label, value) => `${label}: ${value}`,
  yourSignup: (name, people) => `الاسم: ${name}. العدد: ${people}.`,
  addToCalendar: 'أضف إلى تقويمي',
  calendarHint: 'ملف يفتح في تقويم هاتفك أو حاسوبك، مع تذكير في اليوم السابق.',
  reminder: (title) => `تذكير: ${title} غدًا`,
  calendarWaiting: 'في قائمة الانتظار: المقعد غير مؤكَّد.',
  reference: (code) => `إذا اتصلت بالفريق بخصوص هذا، أعطهم هذا الرمز: ${ltr(code)}.`,
  refused: (title, candidacy) =>
    candidacy
      ? `لم نتمكن من تسجيل ترشحك «${title}». اتصل بالفريق أو اذهب إلى الاستقبال لتقديمه.`
      : `لم نتمكن من تسجيلك في «${title}». اتصل بالفريق أو اذهب إلى الاستقبال لتسجّل.`,
  refusedForNow: (title, day, candidacy) =>
    `${candidacy ? `ترشحك «${title}»` : `تسجيلك في «${title}»`} لم يصل بعد. هو محفوظ على هذا الجهاز، وسيُرسَل مرة أخرى وحده حتى ${day}. يمكنك أيضًا الذهاب إلى الاستقبال.`,
  contactErased: 'رقم هاتفك وبريدك الإلكتروني غير محفوظين على هذا الجهاز.',
  contactErasedLater: (day) => `إذا لم يصل حتى ${day}، سيُحذف رقم هاتفك وبريدك الإلكتروني من هذا الجهاز.`,
  failedSend: 'لم ينجح الإرسال. تأكّد من الاتصال بالإنترنت، ثم حاول مرة أخرى. ما كتبته ما زال هنا.',
  failedSave: 'لم يتمكن هذا المتصفح من حفظ تسجيلك. ما كتبته ما زال هنا. حاول مرة أخرى، أو سجّل في الاستقبال.',
  delivered: 'أُرسل الآن تسجيلك الذي كان ينتظر.',
  spokenEvent: (kind, title, when, place) => `${kind}: ${title}. ${when}. المكان: ${place}.`,
  listenNotice: 'هذه الرسالة',
};
