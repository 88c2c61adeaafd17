import type { SurveyAnswersStrings } from './answers.fr.js';

/** The words said after "Suivant" or "Envoyer" in Arabic (see answers.fr.ts, and ar.ts for the register). */
export const surveyAnswersAr: SurveyAnswersStrings = {
  problems: {
    required: 'اختر جوابًا.',
    requiredRating: 'اختر وجهًا.',
    requiredText: 'اكتب جوابًا.',
    otherMissing: 'وضّح جوابك «شيء آخر».',
    tooLong: (max) => `جوابك طويل جدًا. اختصره من فضلك. عدد الحروف المسموح: ${max}.`,
    tooMany: (max) => `اخترت أجوبة كثيرة. العدد المسموح: ${max}.`,
  },
  summaryItem: (question, problem) => `«${question}»: ${problem}`,
  nothingAnswered: 'أجب عن سؤال واحد على الأقل قبل الإرسال. للرجوع، اضغط على «السابق».',
};
