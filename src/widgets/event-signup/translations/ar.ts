import type { EventSignupStrings } from './fr.js';
import { count } from './arabic.js';

// Modern Standard Arabic kept simple: short sentences, common words, Arabic punctuation (، ؛ ؟).
// Numbers in Latin digits, phone numbers and codes isolated left to right: see arabic.ts.

const two = (n: number) => String(n).padStart(2, '0');

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
  noSignup: 'بدون تسجيل: تعال فقط. لا شيء تملؤه، ولا نطلب أي معلومات عنك.',
  questionCallUs: 'عندك سؤال؟ اتصل بنا على الرقم',
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
  cancel: 'العودة إلى قائمة الأنشطة',
  addToCalendar: 'أضف إلى تقويمي',
  delivered: 'أُرسل الآن تسجيلك الذي كان ينتظر.',
  spokenEvent: (kind, title, when, place) => `${kind}: ${title}. ${when}. المكان: ${place}.`,
  listenNotice: 'هذه الرسالة',
};
