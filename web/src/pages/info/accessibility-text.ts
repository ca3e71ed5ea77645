import type { Lang } from '../../i18n/format.ts';

interface Part {
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

interface Statement {
  title: string;
  intro: string;
  parts: Part[];
}

/**
 * The accessibility statement (toegankelijkheidsverklaring). Kept apart from the interface
 * dictionary: it is one page of prose, and it changes with audits, not with the interface.
 */
export const accessibilityStatement: Record<Lang, Statement> = {
  nl: {
    title: 'Toegankelijkheid',
    intro:
      'Iedereen moet Werkbrug kunnen gebruiken. Ook als je slecht ziet of slecht hoort, als je geen muis gebruikt, of als lezen moeilijk voor je is.',
    parts: [
      {
        heading: 'Wat we doen',
        items: [
          'We bouwen Werkbrug volgens de regels van WCAG 2.1, niveau AA. Dat is de norm voor websites van de overheid.',
          'Je kunt alles doen met alleen een toetsenbord.',
          'De teksten zijn in eenvoudig Nederlands (taalniveau B1). Je kunt de website ook in het Engels lezen.',
          'De website werkt op een telefoon, en ook als je de tekst veel groter maakt.',
          'We testen elke nieuwe versie automatisch met een toegankelijkheidstest (axe) en met het toetsenbord.',
        ],
      },
      {
        heading: 'Wat nog niet goed is',
        items: [
          'Werkgevers en scholen schrijven de teksten van vacatures en opleidingen zelf. Die teksten zijn niet altijd eenvoudig. Ze blijven Nederlands als je de website in het Engels leest.',
          'Een onafhankelijke deskundige heeft de website nog niet onderzocht. Dat gebeurt voordat Werkbrug officieel start.',
        ],
      },
      {
        heading: 'Over deze verklaring',
        paragraphs: [
          'Dit is een eerste versie. Na het onderzoek door een deskundige komt de officiële verklaring in het register op toegankelijkheidsverklaring.nl.',
        ],
      },
      {
        heading: 'Werkt iets niet?',
        paragraphs: [
          'Lukt iets niet op deze website, of is iets niet duidelijk? Vertel het ons. Je kunt het melden bij je werkadviseur of bij het Werkgeversservicepunt Zuid-Kennemerland en IJmond. Zij helpen je verder en geven het probleem aan ons door.',
        ],
      },
    ],
  },
  en: {
    title: 'Accessibility',
    intro:
      'Everyone should be able to use Werkbrug. Also if you cannot see or hear well, if you do not use a mouse, or if reading is hard for you.',
    parts: [
      {
        heading: 'What we do',
        items: [
          'We build Werkbrug to the rules of WCAG 2.1, level AA. That is the standard for Dutch government websites.',
          'You can do everything with a keyboard only.',
          'The texts are in plain Dutch (language level B1). You can also read the website in English.',
          'The website works on a phone, and also when you make the text much larger.',
          'We test every new version automatically with an accessibility checker (axe) and with the keyboard.',
        ],
      },
      {
        heading: 'What is not right yet',
        items: [
          'Employers and schools write the texts of jobs and courses themselves. Those texts are not always plain. They stay in Dutch when you read the website in English.',
          'An independent expert has not yet audited the website. This will happen before Werkbrug officially starts.',
        ],
      },
      {
        heading: 'About this statement',
        paragraphs: [
          'This is a first version. After the audit by an expert, the official statement will be published in the register at toegankelijkheidsverklaring.nl.',
        ],
      },
      {
        heading: 'Is something not working?',
        paragraphs: [
          'Is something not working on this website, or is something unclear? Please tell us. You can report it to your work adviser or to the Werkgeversservicepunt Zuid-Kennemerland en IJmond. They will help you and pass the problem on to us.',
        ],
      },
    ],
  },
};
