import type { Prose } from './prose.ts';

/**
 * Who to ask what. The organisation's real addresses, phone numbers and hours are not known to this
 * repository: they are placeholders, shown as such, until the organisation fills them in.
 */
export const contactPage: Prose = {
  nl: {
    title: 'Contact',
    intro: 'Heb je een vraag over Werkbrug, over werk of over je gegevens? Hier lees je wie je kunt bellen of mailen.',
    parts: [
      {
        heading: 'Vragen over werk, opleidingen of je profiel',
        paragraphs: [
          'Heb je een werkadviseur? Stel je vraag dan aan hem of haar. Heb je nog geen werkadviseur, bel of mail dan het <<Werkgeversservicepunt Zuid-Kennemerland en IJmond>>.',
        ],
        facts: [
          ['Telefoon', '{{telefoonnummer}}'],
          ['E-mail', '{{e-mailadres}}'],
          ['Bereikbaar', '{{dagen en tijden}}'],
          ['Adres', '{{bezoekadres}}'],
        ],
      },
      {
        heading: 'Voor werkgevers',
        paragraphs: [
          'Wil je een vacature plaatsen, of wil je weten hoe je iemand met een garantiebaan of een leerwerkbaan (BBL) aanneemt? Het <<Werkgeversservicepunt>> helpt je.',
        ],
        facts: [
          ['Telefoon', '{{telefoonnummer voor werkgevers}}'],
          ['E-mail', '{{e-mailadres voor werkgevers}}'],
        ],
      },
      {
        heading: 'Vragen over je gegevens',
        paragraphs: [
          'Wil je weten welke gegevens we over je hebben, of wil je ze laten verwijderen? Lees eerst de [[/privacy|privacyverklaring]]. Je kunt ook de functionaris gegevensbescherming mailen.',
        ],
        facts: [['E-mail', '{{e-mailadres van de functionaris gegevensbescherming}}']],
      },
      {
        heading: 'Werkt iets niet op deze website?',
        paragraphs: [
          'Kun je iets niet lezen, niet vinden of niet gebruiken? Vertel het ons. Zeg op welke pagina het was en wat er misging. We reageren binnen 5 werkdagen. Lees ook de [[/toegankelijkheid|toegankelijkheidsverklaring]].',
        ],
        facts: [['E-mail', '{{e-mailadres voor meldingen over de website}}']],
      },
      {
        heading: 'Niet tevreden?',
        paragraphs: [
          'Ben je niet tevreden over hoe we je hebben geholpen? Dien dan een klacht in bij {{naam van de organisatie en hoe je een klacht indient}}. Kom je er samen niet uit, dan kun je naar de <<Nationale ombudsman>>.',
        ],
      },
    ],
  },
  en: {
    title: 'Contact',
    intro:
      'Do you have a question about Werkbrug, about work or about your data? Here you can read who to call or email.',
    parts: [
      {
        heading: 'Questions about work, courses or your profile',
        paragraphs: [
          'Do you have a work adviser? Then ask them. If you do not have a work adviser yet, call or email the employer service point of the region (<<Werkgeversservicepunt Zuid-Kennemerland en IJmond>>).',
        ],
        facts: [
          ['Phone', '{{phone number}}'],
          ['Email', '{{email address}}'],
          ['Open', '{{days and hours}}'],
          ['Address', '{{visiting address}}'],
        ],
      },
      {
        heading: 'For employers',
        paragraphs: [
          'Do you want to post a job, or do you want to know how to hire someone in a guaranteed job (<<garantiebaan>>) or a learn-work job (BBL)? The employer service point (<<Werkgeversservicepunt>>) helps you.',
        ],
        facts: [
          ['Phone', '{{phone number for employers}}'],
          ['Email', '{{email address for employers}}'],
        ],
      },
      {
        heading: 'Questions about your data',
        paragraphs: [
          'Do you want to know which data we have about you, or do you want it deleted? Read the [[/privacy|privacy statement]] first. You can also email the data protection officer.',
        ],
        facts: [['Email', '{{email address of the data protection officer}}']],
      },
      {
        heading: 'Is something not working on this website?',
        paragraphs: [
          'Is there something you cannot read, find or use? Tell us. Say which page it was and what went wrong. We answer within 5 working days. Also read the [[/toegankelijkheid|accessibility statement]].',
        ],
        facts: [['Email', '{{email address for reports about the website}}']],
      },
      {
        heading: 'Not satisfied?',
        paragraphs: [
          'Are you not satisfied with how we helped you? Then make a complaint to {{name of the organisation and how to make a complaint}}. If you cannot solve it together, you can go to the National Ombudsman (<<Nationale ombudsman>>).',
        ],
      },
    ],
  },
};
