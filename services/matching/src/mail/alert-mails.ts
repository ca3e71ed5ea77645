import { compose } from './layout.ts';

export interface AlertItem {
  title: string;
  employerName: string;
  place: string;
  reasonNl: string;
  reasonEn: string;
  url: string;
}

/**
 * The alert mail: new vacancies since the last one, each with why it was sent, and a link that stops
 * these mails without signing in (also as List-Unsubscribe, which mail programs show as a button).
 */
export function alertMail(
  to: string,
  search: { name: string; frequency: 'daily' | 'weekly' },
  items: AlertItem[],
  links: { unsubscribe: string; manage: string },
) {
  const count = items.length;
  return compose(
    to,
    {
      nl: `${count === 1 ? '1 nieuwe vacature' : `${count} nieuwe vacatures`} voor "${search.name}"`,
      en: `${count === 1 ? '1 new vacancy' : `${count} new vacancies`} for "${search.name}"`,
    },
    {
      paragraphs: [
        `Er ${count === 1 ? 'is 1 nieuwe vacature' : `zijn ${count} nieuwe vacatures`} die passen bij "${search.name}". Bij elke vacature staat waarom.`,
      ],
      items: items.map((i) => ({
        title: i.title,
        lines: [`${i.employerName}, ${i.place}`, `Waarom: ${i.reasonNl}`],
        url: i.url,
      })),
      footer: [
        `Je krijgt deze mail ${search.frequency === 'daily' ? 'elke dag' : 'elke week'} als er iets nieuws is. Dit is advies: jij beslist.`,
        `Geen mail meer over deze zoekopdracht? Meld je af: ${links.unsubscribe}`,
        `Al je zoekopdrachten: ${links.manage}`,
      ],
    },
    {
      paragraphs: [
        `There ${count === 1 ? 'is 1 new vacancy' : `are ${count} new vacancies`} that fit "${search.name}". Each says why.`,
      ],
      items: items.map((i) => ({
        title: i.title,
        lines: [`${i.employerName}, ${i.place}`, `Why: ${i.reasonEn}`],
        url: i.url,
      })),
      footer: [
        `You get this mail ${search.frequency === 'daily' ? 'every day' : 'every week'} when there is something new. This is advice: you decide.`,
        `No more mail about this search? Unsubscribe: ${links.unsubscribe}`,
        `All your searches: ${links.manage}`,
      ],
    },
    { 'List-Unsubscribe': `<${links.unsubscribe}>` },
  );
}
