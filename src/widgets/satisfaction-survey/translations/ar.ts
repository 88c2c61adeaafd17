import { defaultSurveyAr } from '../default-survey.ar.js';
import type { SurveyStrings } from './fr.js';

// Modern Standard Arabic kept simple (readers from the Maghreb and the Middle East, many with little
// schooling): short sentences, common words, Arabic punctuation (، ؛ ؟), Latin digits. A counted noun
// agrees with its number in Arabic (1, 2, 3–10, 11–99…): `counted` picks the form through
// Intl.PluralRules; where agreement would make a sentence heavy, the count comes last ("… : 15").

type ArabicForms = { one: string; two: string; few: string; many: string; other: string };

/** The form of a counted noun for `count` (Arabic has six plural categories; zero reads as "other"). */
function counted(count: number, forms: ArabicForms): string {
  const category = new Intl.PluralRules('ar').select(count);
  return category === 'zero' ? forms.other : forms[category as keyof ArabicForms];
}

export const surveyAr: SurveyStrings = {
  defaultSurvey: defaultSurveyAr,
  ratingWords: ['سيئ جدًا', 'سيئ', 'متوسط', 'جيد', 'جيد جدًا'],
  yes: 'نعم',
  no: 'لا',
  notConcerned: 'لا يخصني',
  notConcernedBox: 'هذا السؤال لا يخصني',
  otherLabel: 'شيء آخر، وضّح',
  otherField: (question) => `وضّح جوابك «شيء آخر» (${question})`,
  severalAnswers: 'يمكنك اختيار أكثر من جواب.',
  atMostChoices: (count) =>
    counted(count, {
      one: 'جواب واحد فقط.',
      two: 'جوابان على الأكثر.',
      few: `${count} أجوبة على الأكثر.`,
      many: `${count} جوابًا على الأكثر.`,
      other: `${count} جواب على الأكثر.`,
    }),
  textPrivacy: 'لا تكتب اسمك. لا تكتب شيئًا عن صحتك.',
  step: (current, total) => `الخطوة ${current} من ${total}`,
  previous: 'السابق',
  next: 'التالي',
  submit: 'أرسل أجوبتي',
  duration: (minutes) =>
    counted(minutes, {
      one: 'المدة: دقيقة واحدة تقريبًا.',
      two: 'المدة: دقيقتان تقريبًا.',
      few: `المدة: ${minutes} دقائق تقريبًا.`,
      many: `المدة: ${minutes} دقيقة تقريبًا.`,
      other: `المدة: ${minutes} دقيقة تقريبًا.`,
    }),
  anonymous: 'لا نسألك عن اسمك أبدًا.',
  noticeSummary: 'ماذا نفعل بأجوبتك',
  notice: (structure, oncePerDevice) =>
    [
      structure
        ? `${structure}: يقرأ الفريق أجوبتك. الهدف تحسين الاستقبال والخدمات، وتحضير أنشطة تناسب حاجاتك.`
        : 'يقرأ فريق المركز الصحي أجوبتك. الهدف تحسين الاستقبال والخدمات، وتحضير أنشطة تناسب حاجاتك.',
      'لا نسألك عن اسمك، ولا عن عنوانك، ولا عن صحتك. نرسل أجوبتك وتاريخ اليوم فقط.',
      oncePerDevice ? 'يُحسب كل رأي مرة واحدة. لذلك يحفظ هذا الجهاز علامة صغيرة «أجاب من قبل» لهذه الفترة. هذه العلامة لا تقول من أنت.' : '',
      'يمكنك ترك بعض الأسئلة بلا جواب: مكتوب بجانبها أنها اختيارية. يمكنك التوقف في أي وقت.',
    ].filter(Boolean),
  source: (text) => `مصدر الأسئلة: ${text}`,
  requiredMark: 'إجباري',
  loading: 'تحميل الأسئلة…',
};
