/**
 * The English of every message Werkbrug shows people, keyed by its Dutch (B1) text, gettext style:
 * code and schemas keep writing plain Dutch where the rule lives, and this is the one place that
 * says it in English. Messages with numbers or a named field are patterns. A Dutch message missing
 * here is shown in English by its error code's general text (see translate.ts), never in Dutch.
 */
export const exactEn: Readonly<Record<string, string>> = {
  // General texts per error code.
  'Niet alles is goed ingevuld. Kijk de velden na.': 'Not everything is filled in correctly. Please check the fields.',
  'Log eerst in om dit te doen.': 'Please sign in first.',
  'Je hebt geen toegang tot deze gegevens.': 'You do not have access to this information.',
  'Er ging iets mis bij Werkbrug. Probeer het later opnieuw.':
    'Something went wrong at Werkbrug. Please try again later.',
  'Dit kan nu niet.': 'This is not possible right now.',
  'Dit verzoek kunnen we niet lezen.': 'We cannot read this request.',
  // Sign-in and accounts.
  'Het e-mailadres of het wachtwoord klopt niet.': 'The email address or the password is not correct.',
  'Vul je wachtwoord in.': 'Enter your password.',
  'Vul een geldig e-mailadres in.': 'Enter a valid email address.',
  'Dit e-mailadres is te lang.': 'This email address is too long.',
  'Kies een wachtwoord van minstens 10 tekens.': 'Choose a password of at least 10 characters.',
  'Dit wachtwoord is te lang.': 'This password is too long.',
  // Profiles and consent.
  'Je hebt al een profiel. Pas dat profiel aan.': 'You already have a profile. Please change that profile.',
  'Alleen de werkzoekende zelf kan dit aanzetten of uitzetten.': 'Only the jobseeker can turn this on or off.',
  'Deze persoon deelt het profiel niet meer met je.': 'This person no longer shares their profile with you.',
  'Geef een profiel op: een bestaand profiel of een nieuw profiel, niet allebei.':
    'Give a profile: an existing profile or a new one, not both.',
  'Vul 0 of meer jaren in.': 'Enter 0 years or more.',
  'Vul hoogstens 50 jaar in.': 'Enter 50 years at most.',
  'Vul in hoeveel minuten je wilt reizen.': 'Enter how many minutes you want to travel.',
  'Reistijd: minstens 5 minuten.': 'Travel time: at least 5 minutes.',
  'Reistijd: hoogstens 120 minuten.': 'Travel time: 120 minutes at most.',
  'Kies hoe je reist: fiets, auto of ov.': 'Choose how you travel: bike, car or public transport.',
  'Kies een niveau van 1 tot en met 8.': 'Choose a level from 1 to 8.',
  'Vul een aantal uren per week in.': 'Enter a number of hours per week.',
  'Vul hele uren in.': 'Enter whole hours.',
  'Vul minstens 1 uur per week in.': 'Enter at least 1 hour per week.',
  'Vul hoogstens 60 uur per week in.': 'Enter 60 hours per week at most.',
  'Vul hoogstens 60 uur in.': 'Enter 60 hours at most.',
  'Het hoogste aantal uren moet minstens zo hoog zijn als het laagste.':
    'The highest number of hours must be at least the lowest.',
  'Kies hoogstens 10 beroepen.': 'Choose 10 occupations at most.',
  'Kies hoogstens 20 beroepen.': 'Choose 20 occupations at most.',
  'Kies hoogstens 10 sectoren.': 'Choose 10 sectors at most.',
  'Kies hoogstens 20 sectoren.': 'Choose 20 sectors at most.',
  'Kies hoogstens 150 vaardigheden.': 'Choose 150 skills at most.',
  'Kies hoogstens 60 vaardigheden.': 'Choose 60 skills at most.',
  'Geef hoogstens 30 woorden.': 'Give 30 words at most.',
  'Geef hoogstens 15 woorden.': 'Give 15 words at most.',
  'Geef hoogstens 15 beroepen.': 'Give 15 occupations at most.',
  'Jaren: 0 of meer.': 'Years: 0 or more.',
  'Jaren: hoogstens 50.': 'Years: 50 at most.',
  'Typ eerst iets.': 'Type something first.',
  'Dit is te lang (hoogstens 100 tekens).': 'This is too long (100 characters at most).',
  'Dit is te lang (hoogstens 60 tekens).': 'This is too long (60 characters at most).',
  // Postcodes and places.
  'Vul een postcode in met 4 cijfers, bijvoorbeeld 2011.': 'Enter a postcode of 4 digits, for example 2011.',
  'Vul een geldige postcode in, bijvoorbeeld 2011 AB of 2011.': 'Enter a valid postcode, for example 2011 AB or 2011.',
  'Deze postcode kennen we niet. Vul een postcode uit de regio in.':
    'We do not know this postcode. Enter a postcode from the region.',
  'Deze postcode kennen we niet. Vul de postcode van je woonplaats in, bijvoorbeeld 2011.':
    'We do not know this postcode. Enter the postcode of where you live, for example 2011.',
  'Werkbrug is er voor mensen in Zuid-Kennemerland en IJmond en de gemeenten ernaast. Deze postcode ligt daar niet.':
    'Werkbrug is for people in Zuid-Kennemerland and IJmond and the municipalities next to it. This postcode is not there.',
  'Vul een postcode in, of een plek (lat en lon).': 'Enter a postcode, or a place (lat and lon).',
  'Deze plek ligt niet in Nederland.': 'This place is not in the Netherlands.',
  'Kies een afstand van minstens 0,5 km.': 'Choose a distance of at least 0.5 km.',
  'Kies een afstand van hoogstens 100 km.': 'Choose a distance of 100 km at most.',
  // Vacancies, courses, taxonomy.
  'Kies een soort contract.': 'Choose a type of contract.',
  'Kies minstens 1 vaardigheid die nodig is.': 'Choose at least 1 skill that is needed.',
  'Een vaardigheid kan niet tegelijk nodig en handig zijn.': 'A skill cannot be both needed and useful.',
  'Het hoogste salaris moet hoger zijn dan het laagste.': 'The highest salary must be higher than the lowest.',
  'Deze datum ligt in het verleden.': 'This date is in the past.',
  'Vul een datum in als JJJJ-MM-DD.': 'Enter a date as YYYY-MM-DD.',
  'Deze vaardigheid kennen we niet.': 'We do not know this skill.',
  'Dit beroep kennen we niet.': 'We do not know this occupation.',
  'Dit certificaat kennen we niet.': 'We do not know this certificate.',
  'Deze sector kennen we niet.': 'We do not know this sector.',
  'Beschrijf het feit in minstens 10 tekens.': 'Describe the fact in at least 10 characters.',
  'Geef een geldige link naar de bron.': 'Give a valid link to the source.',
  'Geef een link die begint met https://.': 'Give a link that starts with https://.',
  'Geef een link van hoogstens 500 tekens.': 'Give a link of 500 characters at most.',
  'Je zoekvraag is te lang (hoogstens 200 tekens).': 'Your search is too long (200 characters at most).',
  // Lists.
  'Deze vacature bestaat niet.': 'This vacancy does not exist.',
  'Deze opleiding bestaat niet.': 'This course does not exist.',
  'Dit staat al op de lijst.': 'This is already on the list.',
  'Geef elk item van de lijst precies één keer.': 'Give every item of the list exactly once.',
  'De notitie is te lang (hoogstens 1000 tekens).': 'The note is too long (1000 characters at most).',
  // Ids, cursors, paging.
  'Deze code is te lang.': 'This code is too long.',
  'Deze code klopt niet.': 'This code is not correct.',
  'Deze cursor klopt niet.': 'This cursor is not correct.',
  'Vraag om minstens 1 resultaat.': 'Ask for at least 1 result.',
  // Matching.
  'Automatisch matchen staat tijdelijk uit. Zoeken werkt wel. Je werkadviseur kan je verder helpen.':
    'Automatic matching is switched off for now. Search still works. Your work adviser can help you further.',
  // zod checks without a message of their own (zod-messages.ts).
  'Vul dit in.': 'Fill this in.',
  'Vul hier een getal in.': 'Enter a number here.',
  'Dit heeft niet de goede vorm.': 'This does not have the right form.',
  'Vul een geldige link in die begint met https://.': 'Enter a valid link that starts with https://.',
  'Kies een van de mogelijkheden.': 'Choose one of the options.',
  'Dit getal klopt niet.': 'This number is not correct.',
  'Hier staat iets wat we niet kennen.': 'This holds something we do not know.',
  'Dit klopt niet.': 'This is not correct.',
  // The API itself: requests, limits, protection (http/api-errors.ts).
  'De vraag aan de API is niet goed opgebouwd.': 'The request to the API is not well-formed.',
  'De vraag past niet bij de API. Kijk in schema.graphql wat er kan.':
    'The request does not fit the API. See schema.graphql for what is possible.',
  'Deze waarde heeft niet de goede vorm.': 'This value does not have the right form.',
  'Deze vraag is te diep genest.': 'This request is nested too deeply.',
  'Deze vraag heeft te veel aliassen.': 'This request has too many aliases.',
  'Deze vraag is te lang.': 'This request is too long.',
  'Deze vraag heeft te veel directives.': 'This request has too many directives.',
  'Deze vraag vraagt te veel werk tegelijk. Vraag minder velden of minder resultaten.':
    'This request asks for too much work at once. Ask for fewer fields or fewer results.',
  'Stuur één wijziging per verzoek. Dan gaat er nooit maar een deel van door.':
    'Send one change per request. Then a change never goes through only in part.',
  'Deze vraag mist de kop x-graphql-yoga-csrf. Die is nodig om misbruik te voorkomen.':
    'This request lacks the header x-graphql-yoga-csrf. It is needed to prevent misuse.',
  'Het schema opvragen kan hier niet. Het staat in schema.graphql.':
    'The schema cannot be requested here. It is in schema.graphql.',
  'Dit verzoek is te groot.': 'This request is too large.',
  'Niet gevonden.': 'Not found.',
  'Je stuurt te veel verzoeken. Wacht een minuut en probeer het dan opnieuw.':
    'You are sending too many requests. Wait a minute and try again.',
  'Het is nu te druk. Probeer het over een paar seconden opnieuw.':
    'It is too busy right now. Try again in a few seconds.',
  'Dit duurde te lang. Probeer het opnieuw met minder tekst of minder resultaten.':
    'This took too long. Try again with less text or fewer results.',
};

const nounsEn: Readonly<Record<string, string>> = {
  'De naam': 'The name',
  'De naam van de lijst': 'The name of the list',
  'De naam van de werkgever': 'The name of the employer',
  'De functietitel': 'The job title',
  'De omschrijving': 'The description',
  'De notitie': 'The note',
  'Deze vacature': 'This vacancy',
  'Deze opleiding': 'This course',
  'Dit profiel': 'This profile',
  'Deze lijst': 'This list',
  'Dit item op de lijst': 'This list item',
};
const noun = (nl: string) => nounsEn[nl] ?? 'This';

/** Messages with a number or a named thing in them: [Dutch pattern, English]. */
export const patternsEn: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^(.+) is te kort \(minstens (\d+) tekens\)\.$/,
    (m) => `${noun(m[1]!)} is too short (at least ${m[2]} characters).`,
  ],
  [/^(.+) is te lang \(hoogstens (\d+) tekens\)\.$/, (m) => `${noun(m[1]!)} is too long (${m[2]} characters at most).`],
  [/^(.+) bevat tekens die niet zijn toegestaan\.$/, (m) => `${noun(m[1]!)} contains characters that are not allowed.`],
  [/^(.+) bestaat niet \(meer\)\.$/, (m) => `${noun(m[1]!)} does not exist (any more).`],
  [/^Dit zijn er te veel \(hoogstens (\d+)\)\.$/, (m) => `There are too many (${m[1]} at most).`],
  [/^Dit getal is te groot \(hoogstens (-?[\d.]+)\)\.$/, (m) => `This number is too high (${m[1]} at most).`],
  [/^Dit getal is te klein \(minstens (-?[\d.]+)\)\.$/, (m) => `This number is too low (at least ${m[1]}).`],
  [/^Kies er minstens (\d+)\.$/, (m) => `Choose at least ${m[1]}.`],
  [/^Kies hoogstens (\d+) waarden\.$/, (m) => `Choose ${m[1]} values at most.`],
  [/^Vraag om hoogstens (\d+) resultaten\.$/, (m) => `Ask for ${m[1]} results at most.`],
  [/^Deze lijst is vol \((\d+) items\)\.$/, (m) => `This list is full (${m[1]} items).`],
  [/^Dit veld bestaat niet: "(.*)"\.$/, (m) => `This field does not exist: "${m[1]}".`],
  [/^De waarde van \$(.*) klopt niet\.$/, (m) => `The value of $${m[1]} is not correct.`],
  [/^Vul \$(.*) in\.$/, (m) => `Fill in $${m[1]}.`],
  [
    /^Je hebt te vaak een verkeerd wachtwoord gebruikt\. Wacht (\d+) seconden en probeer het dan opnieuw\.$/,
    (m) => `The wrong password was used too often. Wait ${m[1]} seconds and try again.`,
  ],
  [
    /^Deze vraag kan hoogstens (\d+) zware onderdelen hebben \(matchen, loopbaanpaden, vrije tekst lezen, zoeken op woorden, lange lijsten\)\. Stuur ze in losse verzoeken of vraag minder resultaten\.$/,
    (m) =>
      `This request can hold at most ${m[1]} heavy parts (matching, career paths, reading free text, searching by words, long lists). Send them in separate requests or ask for fewer results.`,
  ],
];
