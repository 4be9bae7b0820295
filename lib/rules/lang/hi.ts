import type { FirstLookWords, LangWords } from './lang-words';

/** Hindi. WhatsApp and backups, for the every-page first look. */
export const firstLook: FirstLookWords = {
  whatsapp: ['व्हाट्सएप', 'व्हाट्सऐप', 'वॉट्सऐप', 'वॉट्सएप', 'व्हाट्सअप'],
  backup: ['बैकअप', 'बैक अप'],
};

export const words: LangWords = {
  code: 'hi',
  firstLook,
  trouble: ['समस्या', 'ठीक', 'नहीं हो रहा', 'नहीं हो', 'काम नहीं', 'अटक', 'त्रुटि', 'एरर', 'समाधान', 'हल', 'फेल'],
  fixWords: ['उपाय', 'तरीका', 'समाधान', 'स्टेप', 'चरण', 'विधि'],
  instructions: [
    'खोलें',
    'टैप करें',
    'क्लिक करें',
    'चुनें',
    'सेटिंग्स',
    'सेटिंग',
    'जाएं',
    'जाएँ',
    'चालू करें',
    'बंद करें',
    'अपडेट करें',
    'रीस्टार्ट',
  ],
  advice: ['जांचें', 'सुनिश्चित करें'],
  endHeadings: ['निष्कर्ष', 'अक्सर पूछे जाने', 'सामान्य प्रश्न', 'यह भी पढ़ें', 'संबंधित पोस्ट', 'टिप्पणी', 'कमेंट'],
  notFixHeadings: ['परिचय', 'क्यों', 'क्या है', 'बैकअप कैसे लें', 'कैसे रिस्टोर', 'कारण', 'विषय सूची'],
  causeHeadings: ['क्यों', 'कारण'],
  howTo: ['कैसे'],
  fixesHeadings: ['कैसे ठीक करें', 'समाधान', 'उपाय'],
};
