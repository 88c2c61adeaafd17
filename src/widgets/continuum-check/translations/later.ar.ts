import type { ContinuumLaterStrings } from './later.fr.js';

/**
 * The self-check's strings in Arabic (Modern Standard Arabic, kept plain: short sentences, common
 * words). Arabic punctuation (، ؛ ؟), Latin digits as in French documents; numbers and dates come
 * formatted by the widget (Intl). The names of French bodies and documents stay in French, in « »;
 * a French title with its own punctuation is isolated (U+2066 … U+2069) so it reads left to right.
 */

/** Arabic number agreement: 1 and 2 have their own forms, 3–10 take the plural, 11 and more the singular. */
function counted(count: number, forms: { one: string; two: string; few: string; many: string }): string {
  const rule = new Intl.PluralRules('ar').select(count);
  if (rule === 'one') return forms.one;
  if (rule === 'two') return forms.two;
  if (rule === 'few') return `${count} ${forms.few}`;
  return `${count} ${forms.many}`;
}

/** "2 و3" / "1، 5 و14": the last item joined by و, the others by the Arabic comma. */
function list(items: readonly (number | string)[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join('، ')} و${items.at(-1)}` : String(items[0] ?? '');
}

export const continuumLaterAr: ContinuumLaterStrings = {
  resumed: 'استُرجعت إجاباتكم المحفوظة على هذا الجهاز.',
  lastPlanTitle: (date) => `خطة عملكم بتاريخ ${date}`,
  stepOf: (step, total) => `الخطوة ${step} من ${total}`,
  alibiTitle: 'تجنّب المشاركة الشكلية',
  alibiIntro: 'أربعة أسئلة للتحقّق من أن مشاركة المستفيدين ليست للواجهة فقط (HAS، 2023، البطاقة رقم 3).',
  alibiAnswers: { yes: 'نعم', no: 'لا', na: 'لا ينطبق علينا' },
  obstaclesTitle: 'ما يعيقكم',
  obstaclesLegend: 'ما العوائق التي يواجهها الفريق؟',
  obstaclesHint: 'ضعوا علامة على كل ما ينطبق. تقترح النتائج رافعة لكل عائق (HAS، 2023، البطاقة رقم 4).',
  dimensionSource: 'بحسب HAS، 2023، البطاقة رقم 2',
  notConcerned: 'هذا البُعد لا يخصّ هيكلنا (غير معنيّ)',
  levelLegend: (name) => `${name}: ما نقوم به`,
  withUsersLegend: 'هل بُني مع مستفيدين؟',
  withUsersHint: 'سؤال من استبيان Fécop Occitanie. إذا تُرك بلا إجابة، لا يُحسب شيء على أنه «بدون مستفيدين».',
  withUsersIncluded: 'مع مستفيدين: العبارة نفسها تشملهم.',
  aciOnlyNote: 'حتى إن كان هذا البُعد لا يخصّكم، فإن قياس الرضا أو الاحتياجات يُحسب لمؤشر ACI: ضعوا علامة عليه هنا إن كنتم تقومون به.',
  withUsers: 'مع مستفيدين',
  withoutUsers: 'بدون مستفيدين',
  consensusNote: (levels, agreement) => `الإجابات الفردية: ${levels}. ${agreement}`,
  respondentLevel: (respondent, level) => `${respondent}: ${level}`,
  listSeparator: '؛ ',
  agreement: {
    agree: 'الإجابات متطابقة.',
    close: 'الإجابات متقاربة (فارق مستوى واحد).',
    differ: 'الإجابات مختلفة: تحتاج إلى نقاش.',
  },
  agreementShort: { agree: 'اتفاق', close: 'تقارب', differ: 'اختلاف' },
  disputed: 'اختارها بعض الأعضاء فقط:',
  previous: 'الخطوة السابقة',
  next: 'الخطوة التالية',
  seeResults: 'عرض النتائج',
  saveForLater: 'الحفظ والمتابعة لاحقًا',
  savedForLater: 'حُفظت إجاباتكم على هذا الجهاز. يمكنكم المتابعة لاحقًا.',
  notSaved: 'هذا المتصفح لا يسمح بالحفظ (ربما في وضع التصفح الخاص). أكملوا الإجابة مرة واحدة، أو نزّلوا إجاباتكم في ملف.',
  // Results
  resultsTitle: 'النتائج',
  reportFor: (structure, date) => `التقييم الذاتي بتاريخ ${date}${structure ? ` — ${structure}` : ''}`,
  updatedFrom: (date) => `تحديث للتقييم بتاريخ ${date}`,
  modeLabel: { individual: 'إجابة فردية', consensus: 'تقييم مشترك للفريق' },
  levelsTitle: 'المستوى في كل بُعد',
  chartTitle: 'المستوى الذي بلغه الفريق في كل بُعد',
  chartDesc: (lines) => `المقياس من 0 (ليس بعد) إلى 4 (شراكة). ${lines.join('؛ ')}.`,
  tableCaption: 'المستوى في كل بُعد (0: ليس بعد، 1: إعلام، 2: استشارة، 3: تعاون، 4: شراكة)',
  columnDimension: 'البُعد',
  columnLevel: 'المستوى (من 0 إلى 4)',
  columnLevelName: 'المستوى المحقَّق',
  notConcernedShort: 'غير معنيّ',
  levelLine: (dimension, level) => `${dimension}: ${level}`,
  because: 'بفضل:',
  leadership: 'أبعد من الشراكة: المستفيدون هم أصحاب المبادرة (القيادة).',
  coBuiltIntro: 'بُني مع مستفيدين (إعداد المعلومات الموجّهة إلى المرضى معهم):',
  nothingYet: 'لم توضع علامة على أي ممارسة بعد.',
  aciTitle: 'مؤشر ACI «إشراك المستفيدين»',
  aciLevel: { 0: 'لم يتحقّق بعد', 1: 'المستوى 1 متحقّق', 2: 'المستوى 2 متحقّق' },
  aciReasons: {
    'n1-tools': 'أدوات الإعلام أو الاستشارة:',
    'n1-measure': 'قياس الرضا أو الاحتياجات:',
    'n1-no-tools': 'المستوى 1: لا توجد علامة على أي أداة إعلام أو استشارة.',
    'n1-no-measure': 'المستوى 1: ينقص قياس للرضا أو للاحتياجات (استبيان رضا، صندوق أفكار، جمع الاحتياجات). يُحسب أينما وضعتم العلامة عليه، حتى في بُعد غير معنيّ.',
    'n2-coconstruction': 'البناء المشترك مع المستفيدين (المستوى 2):',
    'n2-needs-n1': 'بناء مشترك مع المستفيدين، لكن المستوى 2 يتطلّب المستوى 1 أولًا:',
    'n2-no-coconstruction': 'المستوى 2: لا يوجد أي عمل بُني مع المستفيدين (مستفيد مرجعي في فريق عمل أو في ورشة للتثقيف العلاجي، لجنة مستفيدين، وسيط صحي).',
    'cobuilt-info': 'أدوات إعلام أو استشارة بُنيت مع المستفيدين: بناء مشترك يستحق الإبراز (FMPS Normandie، 2024)، لكن هذا الحساب لا يعدّه وحده للمستوى 2:',
  },
  aciNotApplicable: (type): string =>
    type === 'cpts'
      ? 'مؤشر ACI «إشراك المستفيدين» لا يخصّ الجماعات المهنية الإقليمية للصحة (CPTS) (HAS، 2023، الفقرة 5.2، الملاحظة 15): لا يوجد مستوى ACI هنا. تبقى مستويات المسار مرجعكم.'
      : 'مؤشر ACI «إشراك المستفيدين» يخصّ دور الصحة متعددة الاختصاصات الموقِّعة على اتفاق ACI (في شكل SISA) والمراكز الصحية، ولا يخصّ فريق رعاية أولية: لا يوجد مستوى ACI هنا. تبقى مستويات المسار مرجعكم.',
  practiceCount: (count) => counted(count, { one: 'ممارسة واحدة', two: 'ممارستان', few: 'ممارسات', many: 'ممارسة' }),
  aciSource:
    'المستوى 1: الإعلام، والاستشارة، وقياس الرضا والاحتياجات. المستوى 2 (يتطلّب المستوى 1): البناء المشترك، والشراكة، والقرار المشترك. المؤشر اختياري؛ يخصّ دور الصحة متعددة الاختصاصات الموقِّعة على اتفاق ACI (في شكل SISA) والمراكز الصحية (HAS، 2023، البطاقة رقم 10).',
  nextStepsTitle: 'الخطوات التالية',
  nextStepsIntro: 'لكل بُعد، ممارسات من المستوى التالي. ضعوا علامة على ما يختاره الفريق: تنضمّ إلى خطة العمل.',
  nextStepsNone: 'لا توجد خطوة تالية مقترحة: البُعد غير معنيّ، أو المستفيدون هم أصحاب المبادرة أصلًا.',
  howLabel: 'كيف:',
  fichesLabel: (fiches) => (fiches.length > 1 ? `HAS، 2023، البطاقات رقم ${list(fiches)}` : `HAS، 2023، البطاقة رقم ${fiches[0]}`),
  toolLabel: 'الأداة:',
  addToPlan: 'إضافة إلى خطة العمل',
  planTitle: 'خطة العمل',
  planEmpty: 'لم تُختر أي خطوة بعد.',
  planWho: 'من يتولّى ذلك؟',
  planDue: 'متى؟',
  planMeans: 'بأي وسائل؟',
  planMeansHint: 'الوقت، والميزانية، والشركاء، والأدوات.',
  planRemove: 'الحذف من الخطة',
  planRemoveWhich: (practice) => `: ${practice}`,
  planPrintWho: 'من:',
  planPrintDue: 'الموعد:',
  planPrintMeans: 'الوسائل:',
  alibiWarningsTitle: 'نقاط للانتباه: المشاركة الشكلية',
  alibiNone: 'لا توجد في إجاباتكم أي إشارة إلى مشاركة شكلية.',
  leversTitle: 'روافع لتجاوز عوائقكم',
  leversNone: 'لم توضع علامة على أي عائق.',
  historyTitle: 'تقييماتكم المتتالية',
  historyCaption: 'المستوى في كل بُعد (من 0 إلى 4) في كل تقييم محفوظ',
  historyCurrent: 'هذا التقييم',
  historyAci: 'مستوى ACI',
  historyNone: 'لا يوجد أي تقييم محفوظ على هذا الجهاز بعد.',
  historyFirst: 'هذا أول تقييم محفوظ على هذا الجهاز: ستظهر التقييمات التالية بجانبه.',
  saveAssessment: 'الحفظ في السجلّ',
  assessmentSaved: 'حُفظ التقييم في سجلّ هذا الجهاز، مع خطة العمل.',
  print: 'طباعة التقرير',
  printHint: 'لا يرقّم المتصفح الصفحات إلا إذا اخترتم «الرؤوس والتذييلات» في نافذة الطباعة. ينتهي التقرير بعبارة «نهاية التقرير».',
  printEnd: (date) => `نهاية التقرير — التقييم الذاتي بتاريخ ${date}.`,
  participantsTitle: 'المشاركون ومدى الاتفاق',
  participantsIntro: (count) =>
    counted(count, {
      one: 'أجاب عضو واحد بشكل فردي قبل جمع الإجابات.',
      two: 'أجاب عضوان بشكل فردي قبل جمع الإجابات.',
      few: 'أعضاء أجابوا بشكل فردي قبل جمع الإجابات.',
      many: 'عضوًا أجابوا بشكل فردي قبل جمع الإجابات.',
    }),
  exportAnswers: 'تنزيل إجاباتي (ملف)',
  exportHint: 'لإرساله إلى الشخص الذي يجمع إجابات الفريق.',
  editAnswers: 'تعديل الإجابات',
  newAssessment: 'تقييم جديد',
  // Merge
  mergeTitle: 'جمع الإجابات الفردية',
  mergeIntro: 'أجاب كل عضو وحده ثم نزّل إجاباته. استوردوا ملفاتهم هنا: تُظهر الأداة أين يتّفق الفريق وأين يختلف، ثم تُعِدّ تقييمًا مشتركًا لتقرؤوه معًا.',
  mergeFiles: 'ملفات الإجابات (ملف لكل عضو)',
  mergeFilesHint: 'ملفات ‎.json أنشأها زر «تنزيل إجاباتي». تبقى على هذا الجهاز.',
  mergeFileProblem: (name) => `الملف «${name}» ليس ملف إجابات يمكن قراءته.`,
  mergeImported: (count) => counted(count, { one: 'استُورِدت إجابة واحدة.', two: 'استُورِدت إجابتان.', few: 'إجابات مستوردة.', many: 'إجابة مستوردة.' }),
  mergeTableCaption: 'مستوى كل عضو في كل بُعد',
  respondent: (index, role) => (role ? `العضو ${index} (${role})` : `العضو ${index}`),
  columnAgreement: 'الاتفاق',
  mergeBuild: 'بناء التقييم المشترك',
  mergeClear: 'إفراغ القائمة',
  back: 'رجوع',
  // Sharing
  shareTitle: (recipient) => (recipient ? `المشاركة مع ${recipient}` : 'مشاركة تشخيص الوضع'),
  shareIntro: 'تُرسَل دائمًا المستويات في كل بُعد ومستوى ACI. ضعوا علامة على ما يقبل الفريق مشاركته إضافةً إلى ذلك.',
  shareLegend: 'مشاركة أيضًا',
  shareOptions: {
    practices: 'تفاصيل الممارسات المختارة',
    alibiWarnings: 'نقاط الانتباه (المشاركة الشكلية)',
    obstacles: 'العوائق التي يواجهها الفريق',
    actionPlan: 'خطة العمل',
    respondentRole: 'دور الشخص الذي يجيب',
  },
  shareConsent: 'الفريق موافق على إرسال هذه العناصر',
  shareConsentLegend: 'موافقة الفريق',
  shareConsentRequired: 'ضعوا علامة على موافقة الفريق قبل الإرسال.',
  send: 'إرسال تشخيص الوضع',
  sentTitle: 'أُرسل تشخيص الوضع',
  sentStatus: (recipient) => `أُرسل تشخيص الوضع${recipient ? ` إلى ${recipient}` : ''}. وهو محفوظ أيضًا في سجلّ هذا الجهاز.`,
};
