import type { SurveyDefinition } from './satisfaction-survey.schema.js';

/**
 * The default questionnaire in Arabic (Modern Standard Arabic kept simple): the same ids and the same
 * meaning as the French one, so the results add up; short questions, common words, Arabic punctuation.
 */
export const defaultSurveyAr: SurveyDefinition = {
  id: 'satisfaction-msp',
  title: 'رأيك في المركز الصحي',
  intro: 'ساعدنا على تحسين الاستقبال والخدمات في المركز الصحي.',
  estimatedMinutes: 4,
  sections: [
    {
      id: 'accueil',
      title: 'الاستقبال والاتصال',
      questions: [
        { id: 'accueil', type: 'rating', label: 'ما رأيك في الاستقبال؟' },
        { id: 'accueil-ameliorer', type: 'short-text', label: 'ماذا يمكن أن نحسّن في الاستقبال؟', showIf: { question: 'accueil', atMost: 2 } },
        {
          id: 'joignabilite',
          type: 'yesno',
          label: 'هل من السهل الاتصال بنا، بالهاتف أو برسالة؟',
          notConcerned: true,
          notConcernedLabel: 'لم أحاول',
        },
      ],
    },
    {
      id: 'rendez-vous',
      title: 'المواعيد ووقت الانتظار',
      questions: [
        { id: 'prise-rendez-vous', type: 'rating', label: 'ما رأيك في طريقة أخذ موعد؟' },
        {
          id: 'moyen-rendez-vous',
          type: 'multiple',
          label: 'كيف تأخذ موعدًا؟',
          options: [
            { id: 'telephone', label: 'بالهاتف' },
            { id: 'sur-place', label: 'في مكتب الاستقبال' },
            { id: 'internet', label: 'على الإنترنت' },
          ],
          other: true,
        },
        { id: 'delai-rendez-vous', type: 'rating', label: 'ما رأيك في المدة قبل الحصول على موعد؟' },
        {
          id: 'rendez-vous-jour-meme',
          type: 'yesno',
          label: 'عندما احتجت إلى رؤية طبيب أو ممرض في نفس اليوم، هل كان ذلك ممكنًا؟',
          notConcerned: true,
          notConcernedLabel: 'لم أحتج إلى ذلك',
        },
        { id: 'attente', type: 'rating', label: 'ما رأيك في وقت الانتظار في قاعة الانتظار؟' },
      ],
    },
    {
      id: 'lieux',
      title: 'المتابعة والمعلومات والمكان',
      questions: [
        {
          id: 'continuite',
          type: 'yesno',
          label: 'عندما تعود، هل يعرف الفريق حالتك من قبل؟',
          notConcerned: true,
          notConcernedLabel: 'هذه أول زيارة لي',
        },
        { id: 'information', type: 'rating', label: 'ما رأيك في المعلومات التي نعطيها، مثل أوقات العمل والإعلانات والشروح؟' },
        {
          id: 'connaitre-offre',
          type: 'single',
          label: 'هل تعرف ما يقدمه المركز الصحي، مثل العلاج والورشات والوقاية؟',
          options: [
            { id: 'oui', label: 'نعم' },
            { id: 'en-partie', label: 'قليلًا' },
            { id: 'non', label: 'لا' },
          ],
        },
        { id: 'locaux', type: 'rating', label: 'ما رأيك في المكان: النظافة والراحة وسهولة الدخول؟' },
        { id: 'confidentialite', type: 'yesno', label: 'هل تبقى معلوماتك سرية في الاستقبال وفي قاعة الانتظار؟' },
      ],
    },
    {
      id: 'global',
      title: 'رأيك العام وحاجاتك',
      questions: [
        { id: 'satisfaction-globale', type: 'rating', label: 'بشكل عام، ما رأيك في المركز الصحي؟', required: true },
        {
          id: 'needs',
          type: 'multiple',
          label: 'أي مواضيع صحية أو ورشات تهمك؟',
          options: [
            { id: 'alimentation', label: 'الأكل الصحي' },
            { id: 'activite-physique', label: 'الحركة والمشي' },
            { id: 'sommeil', label: 'النوم' },
            { id: 'stress', label: 'التوتر والراحة النفسية' },
            { id: 'tabac-alcool', label: 'ترك التدخين أو الكحول' },
            { id: 'diabete', label: 'العيش مع مرض السكري' },
            { id: 'coeur', label: 'القلب وضغط الدم' },
            { id: 'depistage-vaccins', label: 'الفحوص المبكرة واللقاحات' },
            { id: 'enfants', label: 'صحة الأطفال ودور الأهل' },
            { id: 'bien-vieillir', label: 'التقدم في العمر بصحة جيدة، والذاكرة' },
            { id: 'numerique', label: 'المعاملات الصحية على الإنترنت' },
          ],
          other: true,
        },
      ],
    },
    {
      id: 'profil',
      title: 'لنعرفك أكثر',
      intro: 'هذه الأسئلة اختيارية. تساعدنا على معرفة هل نسمع رأي الجميع.',
      questions: [
        {
          id: 'repondant',
          type: 'single',
          label: 'أنت تجيب…',
          options: [
            { id: 'pour-soi', label: 'عن نفسك' },
            { id: 'proche-aidant', label: 'عن شخص قريب تساعده، مثل طفل أو أب أو أم أو زوج' },
          ],
        },
        {
          id: 'age',
          type: 'single',
          label: 'كم عمرك؟',
          options: [
            { id: 'moins-18', label: 'أقل من 18 سنة' },
            { id: '18-29', label: 'من 18 إلى 29 سنة' },
            { id: '30-44', label: 'من 30 إلى 44 سنة' },
            { id: '45-59', label: 'من 45 إلى 59 سنة' },
            { id: '60-74', label: 'من 60 إلى 74 سنة' },
            { id: '75-plus', label: '75 سنة أو أكثر' },
          ],
        },
        {
          id: 'frequence',
          type: 'single',
          label: 'كم مرة تأتي إلى المركز الصحي؟',
          options: [
            { id: 'premiere-fois', label: 'هذه أول مرة' },
            { id: 'quelques-fois-an', label: 'بضع مرات في السنة' },
            { id: 'chaque-mois', label: 'كل شهر أو أكثر' },
          ],
        },
        { id: 'commentaire', type: 'long-text', label: 'هل تريد أن تقول لنا شيئًا آخر؟', maxLength: 1000 },
      ],
    },
  ],
};
