import request from 'supertest';
import { DataSource } from 'typeorm';
import { Establishment } from '../src/cohorts/establishment.entity.js';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import type { ReadMail } from './support/mail-parts.js';
import { readMailsTo } from './support/mailbox.js';
import { htmlText, unreadable } from './support/readable-text.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

/**
 * Every e-mail of the platform, read as its recipient gets it: a text part and an HTML part that
 * say the same, who writes and for what, dates as people write them, in the recipient's language.
 */
describe('e-mails', () => {
  let platform: TestPlatform;
  let world: World;
  let admin: Session;
  let candidate: Session;
  let establishment: string;
  const send = (as: Session, method: 'post' | 'put', path: string) =>
    as.agent[method](path).set('X-CSRF-Token', as.csrf);
  const lastMailTo = async (email: string): Promise<ReadMail> => {
    const mails = await readMailsTo(platform.env.DATA_DIR, email);
    expect(mails.length).toBeGreaterThan(0);
    return mails.at(-1)!;
  };
  const session = (label: string) => ({
    exam: 'E3',
    mode: 'ccf',
    label,
    oralStartsOn: '2027-06-14',
    oralEndsOn: '2027-06-16',
    submissionDeadline: '2027-06-01T16:00:00.000Z',
    retentionUntil: '2027-12-31',
  });

  /** Both parts, readable, one link (the same in both), no external resource, `lang` set. */
  function expectWellFormed(mail: ReadMail, lang: 'fr' | 'en'): string {
    expect(mail.text.length).toBeGreaterThan(100);
    expect(mail.html).toContain(`<html lang="${lang}">`);
    expect(unreadable(mail.subject)).toEqual([]);
    expect(unreadable(mail.text)).toEqual([]);
    expect(unreadable(htmlText(mail.html))).toEqual([]);
    expect(mail.html).not.toMatch(/<img|<link|<script|\ssrc=|url\(/i);
    const textLinks = mail.text.match(/https?:\/\/\S+/g) ?? [];
    const htmlLinks = [...mail.html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)];
    expect(textLinks).toHaveLength(1);
    expect(htmlLinks).toHaveLength(1);
    expect(htmlLinks[0]![1]!.replace(/&amp;/g, '&')).toBe(textLinks[0]);
    // The link's text says where it goes, and the text part says it too, before the address.
    expect(mail.text).toContain(`${htmlLinks[0]![2]}`);
    return textLinks[0]!;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    admin = await signIn(platform, world.people.admin.email);
    candidate = await signIn(platform, world.people.candidate.email);
    establishment = (
      await platform.app
        .get(DataSource)
        .getRepository(Establishment)
        .findOneByOrFail({ id: world.establishmentA })
    ).name;
  });
  afterAll(async () => {
    await platform.close();
  });

  it('an account opened by an admin says who opened it, the role in words and the establishment', async () => {
    const email = `noa.lemaire.${Date.now()}@example.org`;
    await send(admin, 'post', '/api/users')
      .send({ email, displayName: 'Noa Lemaire', roles: ['teacher', 'examiner'] })
      .expect(201);
    const mail = await lastMailTo(email);
    expect(mail.subject).toBe(`Admin vous invite sur Dossier SNO (${establishment})`);
    expect(mail.text).toContain('Bonjour Noa Lemaire,');
    expect(mail.text).toContain(
      `Admin vous a ouvert un compte de formateur ou formatrice et membre de commission d’évaluation sur Dossier SNO pour ${establishment}.`,
    );
    expect(expectWellFormed(mail, 'fr')).toMatch(/\/invitation\?token=/);
    expect(mail.text).toContain('Ce lien est valable 14 jours');
  });

  it("a candidate's tutor invitation names the candidate, the company and the period's dates", async () => {
    const email = `jo.tuteur.${Date.now()}@example.org`;
    await send(candidate, 'post', '/api/pfmp')
      .send({
        organisationName: 'Garage Dupont & Fils',
        startsOn: '2027-01-04',
        endsOn: '2027-03-01',
        tutor: { email, displayName: 'Jo <Tuteur>' },
      })
      .expect(201);
    const mail = await lastMailTo(email);
    expect(mail.text).toContain('Bonjour Jo <Tuteur>,');
    expect(mail.text).toContain(
      `Candidate, en formation à ${establishment}, vous invite à suivre comme tuteur ou tutrice sa période de formation en milieu professionnel (PFMP) chez Garage Dupont & Fils, du 4 janvier 2027 au 1er mars 2027.`,
    );
    expectWellFormed(mail, 'fr');
    // Names are text in the HTML, never markup.
    expect(mail.html).toContain('Bonjour Jo &lt;Tuteur&gt;,');
    expect(mail.html).toContain('Garage Dupont &amp; Fils');
  });

  it('a commission invitation names the inviter, the exam, the session and its orals', async () => {
    const { id } = (
      await send(admin, 'post', '/api/exam-sessions').send(session('E3 juin 2027')).expect(201)
    ).body as { id: string };
    const email = `sam.jury.${Date.now()}@example.org`;
    await send(admin, 'post', `/api/exam-sessions/${id}/members/invitations`)
      .send({ email, displayName: 'Sam Jury' })
      .expect(201);
    const mail = await lastMailTo(email);
    expect(mail.text).toContain(
      `Admin, de ${establishment}, vous invite à siéger à la commission d’évaluation de l’épreuve E3 « Accompagnement des utilisateurs aux usages du numérique », session « E3 juin 2027 », dont les oraux ont lieu du 14 juin 2027 au 16 juin 2027.`,
    );
    expectWellFormed(mail, 'fr');
  });

  it('a password reset is in the language the person chose, French until then', async () => {
    const { email } = world.people.otherCandidate;
    const ask = () =>
      request(platform.http).post('/api/auth/password-reset').send({ email }).expect(202);
    await ask();
    const french = await lastMailTo(email);
    expect(french.subject).toBe('Réinitialisation de votre mot de passe Dossier SNO');
    expect(french.text).toContain(
      `Vous avez demandé à choisir un nouveau mot de passe pour votre compte Dossier SNO (${establishment}).`,
    );
    expect(expectWellFormed(french, 'fr')).toMatch(/\/mot-de-passe\/nouveau\?token=/);

    const own = await signIn(platform, email);
    await send(own, 'put', '/api/auth/me/locale').send({ locale: 'de' }).expect(400);
    await send(own, 'put', '/api/auth/me/locale').send({ locale: 'en' }).expect(204);
    await platform.app
      .get(DataSource)
      .query(`UPDATE one_time_token SET used_at = now() WHERE user_id = $1`, [
        world.people.otherCandidate.id,
      ]);
    await ask();
    const english = await lastMailTo(email);
    expect(english.subject).toBe('Resetting your Dossier SNO password');
    expect(english.text).toContain('Hello OtherCandidate,');
    expect(english.text).toContain('This link is valid for 2 hours and works once.');
    expect(english.text).not.toMatch(/Bonjour|mot de passe/);
    expectWellFormed(english, 'en');
  });

  it('someone invited from an English interface gets the invitation and the digest in English', async () => {
    const { id } = (
      await send(admin, 'post', '/api/exam-sessions').send(session('E3 June 2027')).expect(201)
    ).body as { id: string };
    const email = `alex.board.${Date.now()}@example.org`;
    await send(admin, 'post', `/api/exam-sessions/${id}/members/invitations`)
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .send({ email, displayName: 'Alex Board' })
      .expect(201);
    const invitation = await lastMailTo(email);
    expect(invitation.subject).toBe(`Admin invites you to Dossier SNO (${establishment})`);
    expect(invitation.text).toContain(
      `Admin, of ${establishment}, invites you to sit on the examination board of exam E3 “Accompagnement des utilisateurs aux usages du numérique”, session “E3 June 2027”, whose orals take place from 14 June 2027 to 16 June 2027.`,
    );
    expectWellFormed(invitation, 'en');

    // The French reader of the next test hears of it in the same run.
    await send(candidate, 'post', '/api/dossiers/E3/comments')
      .send({ body: 'Relisez-vous ma présentation ?' })
      .expect(201);
    await platform.app.get(NotificationsService).sendDigests(new Date());
    const digest = await lastMailTo(email);
    expect(digest.subject).toBe('Dossier SNO: 1 new notification');
    expect(digest.text).toContain('- Admin added you to the commission “E3 June 2027” (E3).');
    expect(htmlText(digest.html)).toContain(
      'Admin added you to the commission “E3 June 2027” (E3).',
    );
    expect(expectWellFormed(digest, 'en')).toMatch(/\/notifications$/);
  });

  it('the digest of a French reader lists each notification in French, with a link to them', async () => {
    const digest = await lastMailTo(world.people.teacher.email);
    expect(digest.subject).toMatch(/^Dossier SNO : \d+ nouvelles? notifications?$/);
    expect(digest.text).toContain('Bonjour Teacher,');
    expect(digest.text).toContain('- Candidate a commenté le dossier E3 de Candidate.');
    expectWellFormed(digest, 'fr');
  });
});
