import { describe, expect, it } from 'vitest';
import { mailText } from './mail.js';
import { isNotificationReason, notificationText } from './notifications.js';

describe('notification and e-mail messages', () => {
  it('writes a notification with its names, and its dates as each language does', () => {
    const params = { author: 'Lou Garnier', candidate: 'Camille Martin', exam: 'E3' };
    expect(
      notificationText('fr', 'commentOnSubmission', { ...params, submittedOn: '2027-01-04' }),
    ).toBe('Lou Garnier a commenté le dépôt E3 de Camille Martin du 4 janvier 2027.');
    expect(
      notificationText('en', 'commentOnSubmission', { ...params, submittedOn: '2027-01-04' }),
    ).toBe('Lou Garnier commented on Camille Martin’s E3 submission of 4 January 2027.');
  });

  it('knows its reasons, and nothing else', () => {
    expect(isNotificationReason('dossierSubmitted')).toBe(true);
    expect(isNotificationReason('constructor')).toBe(false);
    expect(isNotificationReason(null)).toBe(false);
  });

  it('writes the PFMP dates of a tutor invitation and counts the candidates', () => {
    expect(
      mailText('fr', 'invitation.tutorPeriodByCandidate', {
        candidate: 'Camille Martin',
        establishment: 'Lycée Jean Moulin',
        organisation: 'Garage Dupont',
        startsOn: '2027-01-04',
        endsOn: '2027-03-01',
      }),
    ).toContain('chez Garage Dupont, du 4 janvier 2027 au 1er mars 2027.');
    expect(
      mailText('fr', 'invitation.tutorCandidates', {
        inviter: 'Lou Garnier',
        establishment: 'Lycée Jean Moulin',
        candidates: ['Camille Martin', 'Sam Petit'],
        count: 2,
      }),
    ).toContain('Camille Martin et Sam Petit pendant leur formation');
    expect(mailText('en', 'digest.subject', { count: 1 })).toBe('Dossier SNO: 1 new notification');
  });
});
