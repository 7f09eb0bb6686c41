import type { AccessKeyMessages } from './messages.js';
import { registerMessages } from './registry.js';

/** Arabic (right-to-left; the host sets `dir="rtl"`). Importing this module registers it for `lang="ar"` (and `ar-*`). */
export const arabicMessages: AccessKeyMessages = {
  sectionHeading: 'مفتاح الوصول',
  sectionDescription: ({ productName }) =>
    `مفتاح الوصول مطلوب لاستدعاء واجهة برمجة ${productName}، وتشغيل الأتمتة على أجهزة المنصة، وإعداد التصحيح عن بُعد والأنفاق المحلية وميزات الوكيل وغيرها.`,
  addKey: '+ مفتاح وصول',
  emptyState: 'ليست لديك مفاتيح وصول بعد.',
  listHeading: 'مفاتيحك',
  keyCount: ({ count, limit }) => `${count} من ${limit}`,
  loading: 'جارٍ تحميل مفاتيحك…',
  listError: 'تعذّر تحميل مفاتيحك.',
  keyAdded: ({ name }) => `تمت إضافة المفتاح «${name}» إلى مفاتيحك.`,
  keyRemoved: ({ name }) => `تمت إزالة المفتاح «${name}».`,
  retry: 'إعادة المحاولة',
  genericError: ({ productName }) =>
    `حدث خطأ ما. يُرجى المحاولة مرة أخرى أو التواصل مع دعم ${productName} إذا استمرت المشكلة`,

  generateTitle: 'إنشاء مفتاح وصول',
  nameLabel: 'الاسم',
  nameHint: ({ max }) => `حتى ${max} حرفًا. مطلوب.`,
  nameCounter: ({ count, max }) => `${count}/${max}`,
  nameEmpty: 'أدخل اسمًا للمفتاح.',
  nameTooLong: ({ count, max }) => `يمكن أن يحتوي الاسم على ${max} حرفًا كحد أقصى؛ وهو يحتوي على ${count}.`,
  validTillLabel: 'صالح حتى',
  validTillHint: 'اختياري. بدون تاريخ لا تنتهي صلاحية المفتاح.',
  validTillInvalid: 'أدخل تاريخًا صالحًا.',
  validTillTooEarly: ({ earliest }) => `اختر ${earliest} أو تاريخًا لاحقًا.`,
  validTillPreview: ({ date, time, zone }) => `ينتهي في ${date}، ${time} (${zone}).`,
  generate: 'إنشاء',
  generating: 'جارٍ الإنشاء…',
  cancel: 'إلغاء',

  revealTitle: 'مفتاح الوصول الجديد',
  revealNote: 'يمكنك رؤية المفتاح مرة واحدة فقط. انسخه واحفظه في مكان آمن قبل إغلاق هذه النافذة.',
  secretLabel: 'مفتاح الوصول',
  copy: 'نسخ إلى الحافظة',
  copied: 'تم النسخ إلى الحافظة',
  copiedButton: 'تم النسخ',
  copyFailed: 'تعذّر النسخ تلقائيًا. تم تحديد المفتاح: اضغط Ctrl+C (أو ⌘C على Mac) لنسخه.',
  dismissBlocked: 'لم يُنسخ المفتاح بعد. لن تتمكن من رؤيته مرة أخرى: انسخه أولًا، أو اختر «إغلاق» إذا لم تكن بحاجة إليه.',
  close: 'إغلاق',

  statusActive: 'نشط',
  statusExpired: 'منتهي الصلاحية',
  statusExpiresSoon: 'ينتهي قريبًا',
  lastUsed: 'آخر استخدام',
  neverUsed: 'لم يُستخدم بعد',
  created: 'تاريخ الإنشاء',
  expires: 'ينتهي في',
  expiresRelative: 'ينتهي',
  expired: 'انتهى في',
  visiblePartLabel: 'ينتهي المفتاح بـ',
  remove: 'إزالة',
  removeLabel: ({ name }) => `إزالة «${name}»`,

  removeTitle: 'إزالة مفتاح الوصول',
  removeText: 'ستتوقف التطبيقات والبرامج النصية التي تستخدم هذا المفتاح عن العمل. لا يمكن التراجع عن ذلك.',
  confirm: 'تأكيد',
  removing: 'جارٍ الإزالة…',

  limitTitle: 'لا يمكن إضافة مفتاح آخر',
  limitText: 'لإنشاء مفتاح جديد، يجب إزالة أحد المفاتيح الحالية.',
};

registerMessages('ar', arabicMessages);
