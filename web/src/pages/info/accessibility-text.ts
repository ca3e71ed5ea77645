import type { Prose } from './prose.ts';

/**
 * The accessibility statement (toegankelijkheidsverklaring) Dutch public bodies must publish, with
 * the parts the government's model asks for: status, what is known not to work, a contact route
 * with an answer time, and the date. It changes with audits, not with the interface.
 */
export const accessibilityStatement: Prose = {
  nl: {
    title: 'Toegankelijkheid',
    intro:
      'Iedereen moet Werkbrug kunnen gebruiken. Ook als je slecht ziet of slecht hoort, als je geen muis gebruikt, of als lezen moeilijk voor je is.',
    parts: [
      {
        heading: 'Hoe toegankelijk is Werkbrug nu?',
        paragraphs: [
          'Werkbrug moet voldoen aan de regels voor websites van de overheid: WCAG 2.1 op niveau AA. Een onafhankelijke deskundige heeft de website nog niet onderzocht. Daarom is de status nu: eerste maatregelen genomen (status C). Na het onderzoek passen we deze verklaring aan.',
        ],
        facts: [
          ['Status', 'C: eerste maatregelen genomen'],
          ['Onderzoek door een deskundige', '{{naam van de onderzoeker en datum van het rapport}}'],
          ['Verklaring in het register', '{{adres van deze verklaring op toegankelijkheidsverklaring.nl}}'],
        ],
      },
      {
        heading: 'Wat we doen',
        items: [
          'Je kunt alles doen met alleen een toetsenbord. Na een actie staat de focus op een logische plek.',
          'De teksten zijn in eenvoudig Nederlands (taalniveau B1). Je kunt de website ook helemaal in het Engels lezen.',
          'De website werkt op een telefoon. Ook als je de tekst 4 keer zo groot maakt, hoef je niet opzij te schuiven.',
          'Foutmeldingen staan bij het veld waar het om gaat, en bovenaan het formulier.',
          'Bij elke nieuwe versie testen we alle pagina’s automatisch met een toegankelijkheidstest (axe), in het Nederlands en het Engels, op een groot scherm en op een telefoon. We testen ook met alleen een toetsenbord.',
        ],
      },
      {
        heading: 'Wat nog niet goed is',
        items: [
          'Werkgevers en scholen schrijven de teksten van vacatures en opleidingen zelf. Die teksten zijn niet altijd eenvoudig. Ze blijven Nederlands als je de website in het Engels leest.',
          'Van sommige vaardigheden hebben we alleen een Engelse naam. Die naam staat er dan in het Engels.',
          'Een lijst met vacaturematches of een vergelijking van twee vacatures kan lang zijn. Gebruik de koppen om snel naar een vacature te gaan.',
        ],
      },
      {
        heading: 'Werkt iets niet?',
        paragraphs: [
          'Lukt iets niet op deze website, of is iets niet duidelijk? Vertel het ons, ook als je het via je werkadviseur doet. Zeg op welke pagina het was en wat er misging. We reageren binnen 5 werkdagen. Op de [[/contact|contactpagina]] staan alle manieren om ons te bereiken.',
          'Krijg je geen goed antwoord? Dan kun je naar de <<Nationale ombudsman>>.',
        ],
        facts: [['E-mail', '{{e-mailadres voor meldingen over de website}}']],
      },
      {
        heading: 'Over deze verklaring',
        facts: [
          ['Opgesteld op', '4 december 2026'],
          ['Laatst gecontroleerd', '4 december 2026'],
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
        heading: 'How accessible is Werkbrug now?',
        paragraphs: [
          'Werkbrug must meet the rules for Dutch government websites: WCAG 2.1 at level AA. An independent expert has not yet audited the website. So the status is now: first measures taken (status C). After the audit we will update this statement.',
        ],
        facts: [
          ['Status', 'C: first measures taken'],
          ['Audit by an expert', '{{name of the auditor and date of the report}}'],
          ['Statement in the register', '{{address of this statement on toegankelijkheidsverklaring.nl}}'],
        ],
      },
      {
        heading: 'What we do',
        items: [
          'You can do everything with a keyboard only. After an action, focus is in a logical place.',
          'The texts are in plain Dutch (language level B1). You can also read the whole website in English.',
          'The website works on a phone. Even when you make the text 4 times larger, you do not need to scroll sideways.',
          'Error messages are next to the field they are about, and at the top of the form.',
          'In every new version we test all pages automatically with an accessibility checker (axe), in Dutch and in English, on a large screen and on a phone. We also test with a keyboard only.',
        ],
      },
      {
        heading: 'What is not right yet',
        items: [
          'Employers and schools write the texts of jobs and courses themselves. Those texts are not always plain. They stay in Dutch when you read the website in English.',
          'Some skills only have an English name. That name is then shown in English.',
          'A list of matching jobs or a comparison of two jobs can be long. Use the headings to go to a job quickly.',
        ],
      },
      {
        heading: 'Is something not working?',
        paragraphs: [
          'Is something not working on this website, or is something unclear? Please tell us, also if you do it through your work adviser. Say which page it was and what went wrong. We answer within 5 working days. All ways to reach us are on the [[/contact|contact page]].',
          'Do you not get a good answer? Then you can go to the National Ombudsman (<<Nationale ombudsman>>).',
        ],
        facts: [['Email', '{{email address for reports about the website}}']],
      },
      {
        heading: 'About this statement',
        facts: [
          ['Drawn up on', '4 December 2026'],
          ['Last checked', '4 December 2026'],
        ],
      },
    ],
  },
};
