import type {
  ContactRequest,
  ContactRequestRepository,
  ProfileRepository,
  UserRepository,
  VacancyRepository,
} from '../store/ports.ts';
import type { Mailer, OutgoingMail } from '../mail/mailer.ts';
import { contactAnswerMail, contactRequestMail } from '../mail/contact-mails.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock, Ids } from './clock-and-ids.ts';
import type { MatchingUseCases } from './matching.ts';

export interface ContactRequestDeps {
  requests: ContactRequestRepository;
  vacancies: Pick<VacancyRepository, 'get'>;
  profiles: Pick<ProfileRepository, 'get'>;
  users: Pick<UserRepository, 'get'>;
  matching: Pick<MatchingUseCases, 'candidates'>;
  mailer: Mailer;
  publicUrl: string;
  clock: Clock;
  ids: Ids;
  log?: (message: string) => void;
}

/**
 * "Vraag contact aan": an employer asks to get in touch with a candidate. The request goes to the
 * person's werkadviseur (or, without one, to the person by mail); the employer never learns who it
 * is unless the adviser or the person answers yes and gets in touch themselves.
 */
export function createContactRequestUseCases(deps: ContactRequestDeps) {
  const { requests } = deps;

  /** A request is in-app first; the mail is a nudge, so a mail server hiccup loses nothing. */
  async function tell(mail: OutgoingMail): Promise<void> {
    await deps.mailer.send(mail).catch((error: Error) => deps.log?.(`contact mail not sent: ${error.message}`));
  }

  async function answerable(caller: Caller, id: string): Promise<ContactRequest> {
    const user = signedIn(caller);
    const request = await requests.get(id);
    if (!request) throw notFound('Dit contactverzoek');
    const mine =
      user.role === 'adviser'
        ? request.adviserId === user.id
        : request.adviserId === null && user.profileId === request.profileId;
    if (!mine) throw forbidden();
    return request;
  }

  return {
    async request(caller: Caller, vacancyId: string, candidateId: string, message: string): Promise<ContactRequest> {
      const employer = signedIn(caller);
      // The same ranking the employer saw: one can only ask about a candidate one was shown.
      const { visible } = await deps.matching.candidates(caller, vacancyId, { first: 50 });
      // The employer knows a candidate only by the id shown with the card (candidate-privacy.ts).
      const card = visible.find((c) => c.candidateId === candidateId);
      if (!card) throw notFound('Deze kandidaat');
      if (await requests.find(vacancyId, card.profileId))
        throw conflict('Je hebt al contact gevraagd voor deze kandidaat en deze vacature.');
      const profile = card.profile;
      const adviserId = profile.adviserId && profile.consent.shareWithAdviser ? profile.adviserId : null;
      const recipient = await deps.users.get(adviserId ?? profile.userId ?? '');
      if (!recipient) throw conflict('We kunnen deze kandidaat nu niet bereiken. Kies een andere kandidaat.');
      const vacancy = (await deps.vacancies.get(vacancyId))!;
      const saved = await requests.save(
        {
          id: deps.ids.mint('ctr'),
          vacancyId,
          employerId: vacancy.employerId,
          requestedBy: employer.id,
          profileId: profile.id,
          adviserId,
          message,
          status: 'open',
          createdAt: deps.clock.now().toISOString(),
          answeredAt: null,
        },
        caller.actor,
      );
      await tell(
        contactRequestMail(
          recipient.email,
          adviserId ? 'adviser' : 'person',
          { vacancyTitle: vacancy.title, employerName: vacancy.employerName, alias: profile.alias, message },
          `${deps.publicUrl}${adviserId ? '/adviseur' : '/mijn'}#contactverzoeken`,
        ),
      );
      return saved;
    },

    /** Requests waiting for the caller: an adviser's for the people they guide, or the person's own. */
    async mine(caller: Caller): Promise<ContactRequest[]> {
      const user = signedIn(caller);
      if (user.role === 'adviser') return requests.listForAdviser(user.id);
      if (!user.profileId) return [];
      return (await requests.listForProfile(user.profileId)).filter((r) => r.adviserId === null);
    },

    /** The employer's requests for one of their vacancies, by profile id (never shown to the employer). */
    async forVacancy(vacancyId: string): Promise<Map<string, ContactRequest>> {
      return new Map((await requests.listForVacancy(vacancyId)).map((r) => [r.profileId, r]));
    },

    async answer(caller: Caller, id: string, accept: boolean): Promise<ContactRequest> {
      const user = signedIn(caller);
      const request = await answerable(caller, id);
      if (request.status !== 'open') throw conflict('Dit verzoek is al beantwoord.');
      const saved = await requests.save(
        { ...request, status: accept ? 'accepted' : 'declined', answeredAt: deps.clock.now().toISOString() },
        caller.actor,
      );
      const [employer, vacancy] = await Promise.all([
        deps.users.get(request.requestedBy),
        deps.vacancies.get(request.vacancyId),
      ]);
      if (employer && vacancy) {
        await tell(
          contactAnswerMail(
            employer.email,
            {
              accepted: accept,
              vacancyTitle: vacancy.title,
              by: user.role === 'adviser' ? 'adviser' : 'person',
              adviserName: user.role === 'adviser' ? user.name : null,
              replyTo: user.email,
            },
            `${deps.publicUrl}/werkgever/vacatures/${encodeURIComponent(vacancy.id)}`,
          ),
        );
      }
      return saved;
    },
  };
}
export type ContactRequestUseCases = ReturnType<typeof createContactRequestUseCases>;
