import { compose } from './layout.ts';

/** An employer asks to get in touch: to the adviser (who knows the person) or to the person themselves. */
export const contactRequestMail = (
  to: string,
  who: 'adviser' | 'person',
  request: { vacancyTitle: string; employerName: string; alias: string; message: string },
  url: string,
) =>
  compose(
    to,
    {
      nl: `Een werkgever wil contact: ${request.vacancyTitle}`,
      en: `An employer asks for contact: ${request.vacancyTitle}`,
    },
    {
      paragraphs: [
        who === 'adviser'
          ? `${request.employerName} vindt dat ${request.alias} past bij de vacature "${request.vacancyTitle}" en wil graag contact. De werkgever weet niet wie het is.`
          : `${request.employerName} vindt dat je past bij de vacature "${request.vacancyTitle}" en wil graag contact. De werkgever weet niet wie je bent.`,
        `Bericht van de werkgever: "${request.message}"`,
        who === 'adviser'
          ? 'Bespreek het met de persoon. Zeg daarna in Werkbrug of je contact opneemt.'
          : 'Jij beslist. Zeg in Werkbrug of je contact wilt. Pas dan ziet de werkgever je antwoord.',
      ],
      action: { label: 'Bekijk het verzoek', url },
    },
    {
      paragraphs: [
        who === 'adviser'
          ? `${request.employerName} thinks ${request.alias} fits the vacancy "${request.vacancyTitle}" and would like to get in touch. The employer does not know who it is.`
          : `${request.employerName} thinks you fit the vacancy "${request.vacancyTitle}" and would like to get in touch. The employer does not know who you are.`,
        `Message from the employer: "${request.message}"`,
        who === 'adviser'
          ? 'Talk it over with the person. Then say in Werkbrug whether you will get in touch.'
          : 'You decide. Say in Werkbrug whether you want contact. Only then does the employer see your answer.',
      ],
      action: { label: 'See the request', url },
    },
  );

export const contactAnswerMail = (
  to: string,
  answer: {
    accepted: boolean;
    vacancyTitle: string;
    by: 'adviser' | 'person';
    adviserName: string | null;
    replyTo: string;
  },
  url: string,
) =>
  compose(
    to,
    {
      nl: `${answer.accepted ? 'Ja' : 'Nee'} op je contactverzoek: ${answer.vacancyTitle}`,
      en: `${answer.accepted ? 'Yes' : 'No'} to your contact request: ${answer.vacancyTitle}`,
    },
    {
      paragraphs: answer.accepted
        ? [
            answer.by === 'adviser'
              ? `${answer.adviserName}, werkadviseur, neemt contact met je op over "${answer.vacancyTitle}". Je kunt ook mailen naar ${answer.replyTo}.`
              : `De kandidaat wil contact over "${answer.vacancyTitle}" en neemt contact met je op.`,
          ]
        : [`Het contact over "${answer.vacancyTitle}" gaat niet door. Dank je wel voor je interesse.`],
      action: { label: 'Naar je vacature', url },
    },
    {
      paragraphs: answer.accepted
        ? [
            answer.by === 'adviser'
              ? `${answer.adviserName}, work adviser, will contact you about "${answer.vacancyTitle}". You can also mail ${answer.replyTo}.`
              : `The candidate would like contact about "${answer.vacancyTitle}" and will get in touch with you.`,
          ]
        : [`The contact about "${answer.vacancyTitle}" will not go ahead. Thank you for your interest.`],
      action: { label: 'To your vacancy', url },
    },
  );
