import type { Prose } from './prose.ts';

/** The privacy statement (privacyverklaring): GDPR art. 13 and 14, and the AI Act notice (art. 26(11)). */
export const privacyStatement: Prose = {
  nl: {
    title: 'Privacy',
    intro:
      'Hier lees je welke gegevens Werkbrug over je bewaart, waarom, hoe lang, en wat je rechten zijn. Werkbrug is van {{naam van de organisatie die verantwoordelijk is, bijvoorbeeld de gemeente Haarlem namens de arbeidsmarktregio}}.',
    parts: [
      {
        heading: 'Zonder account bewaren we niets over jou',
        items: [
          'Je kunt zoeken en de snelle check doen zonder account. Je antwoorden blijven in je eigen browser, zolang het tabblad open is. Werkbrug bewaart ze niet.',
          'Je taalkeuze (Nederlands of Engels) bewaart je browser ook zelf.',
          'We gebruiken geen cookies om je te volgen en geen programma’s die bijhouden wat je doet.',
          'Onze server houdt een logboek bij van elke vraag aan Werkbrug: de tijd, het adres van de pagina en je IP-adres. Dat is nodig om storingen en misbruik te vinden. We bewaren dit logboek {{bewaartermijn van het logboek}}.',
        ],
      },
      {
        heading: 'Met een account bewaren we dit',
        items: [
          'Je e-mailadres, je naam of bijnaam, en je wachtwoord. Je wachtwoord bewaren we zo dat niemand het kan lezen, ook wij niet.',
          'Je profiel: de beroepen die je had, wat je kunt, je diploma’s en certificaten, je hoogste opleiding, de 4 cijfers van je postcode, hoe ver je wilt reizen, hoeveel uur je wilt werken en waar je naartoe wilt.',
          'Wat je zelf kiest om te vertellen, bijvoorbeeld dat je een uitkering hebt of van school komt. Dat doe je alleen als het je helpt.',
          'De lijsten met vacatures en opleidingen die jij of je werkadviseur maakt, met de notities erbij.',
          'Of je werkadviseur je profiel mag zien, en of werkgevers mogen zien dat je bij hun vacature past.',
          'Als je bent ingelogd, zet Werkbrug één cookie. Daarmee weet Werkbrug dat jij het bent. Die cookie werkt 12 uur.',
        ],
      },
      {
        heading: 'Dit vragen we nooit',
        paragraphs: [
          'We vragen nooit naar je burgerservicenummer (BSN), je gezondheid, je geloof of waar je vandaan komt. Je leeftijd en of je een man of een vrouw bent, tellen nooit mee bij het zoeken naar werk dat past.',
        ],
      },
      {
        heading: 'Waarom we dit bewaren',
        items: [
          'Om vacatures en opleidingen te vinden die bij je passen, en om uit te leggen waarom.',
          'Zodat je werkadviseur je kan helpen, als jij dat goed vindt.',
          'Zodat werkgevers kunnen zien dat iemand bij hun vacature past, als jij dat goed vindt. Ze zien dan nooit je naam, je postcode of hoe ze je kunnen bereiken.',
          'We mogen dit doen omdat het hoort bij de publieke taak om mensen aan werk te helpen ({{wet waarop de taak rust, bijvoorbeeld de Participatiewet; de functionaris gegevensbescherming bevestigt dit}}).',
        ],
      },
      {
        heading: 'Werkbrug gebruikt een computerprogramma dat advies geeft',
        paragraphs: [
          'Werkbrug vergelijkt je profiel met vacatures en opleidingen. Een computerprogramma geeft elke vacature een score en zet de vacatures in een volgorde. Volgens de Europese AI-verordening is dat een AI-systeem met een hoog risico. Daarom doen we dit:',
        ],
        items: [
          'De score is advies. Een mens beslist: jij, je werkadviseur of de werkgever. Werkbrug wijst nooit zelf iemand af.',
          'Bij elke score staat waarom: wat past, wat nog ontbreekt, en hoe de score is berekend.',
          'Je leeftijd, of je een man of een vrouw bent, en waar je vandaan komt, tellen niet mee. Dat testen we bij elke nieuwe versie.',
          'Ben je het niet eens met een advies? Zeg het tegen je werkadviseur, of neem [[/contact|contact]] met ons op. Je hebt recht op uitleg.',
          'Het programma staat in het algoritmeregister van de overheid: {{adres van de vermelding in het <<Algoritmeregister>>}}.',
        ],
      },
      {
        heading: 'Hoe lang we je gegevens bewaren',
        items: [
          'Je account en je profiel bewaren we tot je ze laat verwijderen, of {{termijn na de laatste keer dat je hebt ingelogd}}.',
          'Verwijderen we je profiel, dan halen we ook de lijsten over jou, de notities en de sporen in onze administratie weg.',
          'Het logboek van de server bewaren we {{bewaartermijn van het logboek}}.',
        ],
      },
      {
        heading: 'Je rechten',
        items: [
          'Je mag zien welke gegevens we over je hebben. Op [[/mijn/profiel|je profiel]] download je ze zelf, in één bestand.',
          'Je mag je gegevens laten verbeteren. Je profiel pas je zelf aan, of samen met je werkadviseur.',
          'Je mag je gegevens laten verwijderen. Vraag het aan je werkadviseur of via de [[/contact|contactpagina]].',
          'Je mag bezwaar maken tegen het gebruik van je gegevens.',
          'We reageren binnen een maand op je vraag.',
          'Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de <<Autoriteit Persoonsgegevens>>.',
        ],
      },
      {
        heading: 'Vragen over privacy',
        paragraphs: [
          'Stel je vraag aan de functionaris gegevensbescherming: {{e-mailadres van de functionaris gegevensbescherming}}. Andere manieren om ons te bereiken staan op de [[/contact|contactpagina]].',
        ],
        facts: [['Laatst aangepast', '4 december 2026']],
      },
    ],
  },
  en: {
    title: 'Privacy',
    intro:
      'Here you can read which data Werkbrug keeps about you, why, for how long, and what your rights are. Werkbrug belongs to {{name of the responsible organisation, for example the municipality of Haarlem on behalf of the labour-market region}}.',
    parts: [
      {
        heading: 'Without an account we keep nothing about you',
        items: [
          'You can search and do the quick check without an account. Your answers stay in your own browser while the tab is open. Werkbrug does not keep them.',
          'Your browser also keeps your choice of language (Dutch or English) itself.',
          'We use no cookies to follow you and no programs that track what you do.',
          'Our server keeps a log of every request to Werkbrug: the time, the address of the page and your IP address. We need it to find faults and misuse. We keep this log for {{how long the log is kept}}.',
        ],
      },
      {
        heading: 'With an account we keep this',
        items: [
          'Your email address, your name or nickname, and your password. We store your password in a way that nobody can read it, not even us.',
          'Your profile: the jobs you had, what you can do, your diplomas and certificates, your highest education, the 4 digits of your postcode, how far you want to travel, how many hours you want to work and where you want to go.',
          'What you choose to tell us, for example that you receive benefits or have just left school. You only do this when it helps you.',
          'The lists of jobs and courses that you or your work adviser make, with their notes.',
          'Whether your work adviser may see your profile, and whether employers may see that you fit their job.',
          'When you are signed in, Werkbrug sets one cookie. That is how Werkbrug knows it is you. The cookie works for 12 hours.',
        ],
      },
      {
        heading: 'What we never ask',
        paragraphs: [
          'We never ask for your citizen service number (BSN), your health, your religion or where you come from. Your age and whether you are a man or a woman never count when we look for work that suits you.',
        ],
      },
      {
        heading: 'Why we keep this',
        items: [
          'To find jobs and courses that suit you, and to explain why.',
          'So that your work adviser can help you, if you agree.',
          'So that employers can see that someone fits their job, if you agree. They never see your name, your postcode or how to reach you.',
          'We may do this because helping people into work is a public task ({{the law the task rests on, for example the Participation Act; the data protection officer confirms this}}).',
        ],
      },
      {
        heading: 'Werkbrug uses a computer program that gives advice',
        paragraphs: [
          'Werkbrug compares your profile with jobs and courses. A computer program gives each job a score and puts the jobs in order. Under the European AI Act this is a high-risk AI system. That is why we do this:',
        ],
        items: [
          'The score is advice. A person decides: you, your work adviser or the employer. Werkbrug never turns anyone down by itself.',
          'Every score says why: what fits, what is still missing, and how the score was calculated.',
          'Your age, whether you are a man or a woman, and where you come from do not count. We test this in every new version.',
          'Do you disagree with some advice? Tell your work adviser, or [[/contact|contact us]]. You have a right to an explanation.',
          'The program is listed in the government’s register of algorithms: {{address of the entry in the <<Algoritmeregister>>}}.',
        ],
      },
      {
        heading: 'How long we keep your data',
        items: [
          'We keep your account and your profile until you have them deleted, or {{period after you last signed in}}.',
          'When we delete your profile, we also remove the lists about you, the notes and the traces in our records.',
          'We keep the server log for {{how long the log is kept}}.',
        ],
      },
      {
        heading: 'Your rights',
        items: [
          'You may see which data we have about you. On [[/mijn/profiel|your profile]] you download it yourself, in one file.',
          'You may have your data corrected. You change your profile yourself, or together with your work adviser.',
          'You may have your data deleted. Ask your work adviser or use the [[/contact|contact page]].',
          'You may object to the use of your data.',
          'We answer your request within one month.',
          'Do you disagree with how we handle your data? Then you can complain to the Dutch Data Protection Authority (<<Autoriteit Persoonsgegevens>>).',
        ],
      },
      {
        heading: 'Questions about privacy',
        paragraphs: [
          'Ask the data protection officer: {{email address of the data protection officer}}. Other ways to reach us are on the [[/contact|contact page]].',
        ],
        facts: [['Last changed', '4 December 2026']],
      },
    ],
  },
};
