import type { ContinuumCheckStrings } from './fr.js';

/**
 * The self-check's strings in Arabic (Modern Standard Arabic, kept plain: short sentences, common
 * words). Arabic punctuation (، ؛ ؟), Latin digits as in French documents; numbers and dates come
 * formatted by the widget (Intl). The names of French bodies and documents stay in French, in « »;
 * a French title with its own punctuation is isolated (U+2066 … U+2069) so it reads left to right.
 */
export const continuumCheckAr: ContinuumCheckStrings = {
  title: 'التقييم الذاتي لإشراك المستفيدين',
  loadingContent: 'جارٍ تحميل التقييم الذاتي…',
  contentFailed: 'تعذّر تحميل التقييم الذاتي. تحقّقوا من الاتصال بالإنترنت، ثم أعيدوا المحاولة.',
  retry: 'إعادة المحاولة',
  source:
    'المصادر: الهيئة العليا للصحة في فرنسا (HAS)، 2023، «\u2066Engagement des usagers dans les maisons, centres et territoires de santé\u2069» (المصفوفة في البطاقة رقم 2، والبطاقات الأخرى مذكورة في مواضعها)؛ مؤشر ACI «\u2066implication des usagers\u2069»؛ استبيان Fécop Occitanie، 2024؛ Coll’Occ وFécop؛ FMPS Normandie، 2024؛ دراسة في منطقة Pays de la Loire، 2019. الأمثلة المشار إليها بذلك من إعداد فريق msp-widgets.',
  intro: 'أين يقف فريقكم في مسار إشراك المستفيدين؟ ضعوا علامة على ما تفعلونه الآن، بُعدًا بعد بُعد. تُبيّن النتيجة مستوى الفريق، وتقترح خطوات تالية وخطة عمل.',
  introStructure: (structure) => `الهيكل: ${structure}`,
  introAudience: 'هذا التقييم للفريق: التنسيق، والمهنيون، وممثلو المستفيدين. يستغرق من 15 إلى 20 دقيقة. يمكنكم التوقف والمتابعة لاحقًا على هذا الجهاز.',
  introNotRanking: 'المستويات ليست ترتيبًا: لكل مستوى فائدته.',
  process: 'طريقة مأخوذة من «مصفوفة النضج في الرعاية الأولية» (HAS، 2014): يجيب كل شخص وحده أولًا، ثم يقارن الفريق الإجابات ويتّفق على تقييم مشترك.',
  roleLabel: 'دوركم في الفريق',
  roleHint: 'مثلًا: منسّقة، طبيب، ممرّض، ممثّلة المستفيدين.',
  startIndividual: 'الإجابة بشكل فردي',
  startFromLast: (date, consensus) => (consensus ? `تحديث التقييم المشترك بتاريخ ${date}` : `الانطلاق من التقييم بتاريخ ${date}`),
  startMerge: 'جمع إجابات أعضاء الفريق',
  resume: (step, total) => `المتابعة (الخطوة ${step} من ${total})`,
};
