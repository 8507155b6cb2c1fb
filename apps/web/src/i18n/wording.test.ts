import { describe, expect, it } from 'vitest';
import { type AppLocale, createAppI18n } from '.';

/** The messages as the app writes them, through vue-i18n and the plural rules it is given. */
const t = (locale: AppLocale) => createAppI18n(locale).global.t;

describe('plurals (French counts 0 and 1 as singular)', () => {
  const fr = t('fr');
  const en = t('en');

  it('counts traces', () => {
    expect([0, 1, 2].map((n) => fr('traces.count', n))).toEqual([
      'Aucune trace',
      '1 trace',
      '2 traces',
    ]);
    expect([0, 1, 2].map((n) => en('traces.count', n))).toEqual([
      'No traces',
      '1 trace',
      '2 traces',
    ]);
  });

  it('counts traces and attested traces in a dashboard cell', () => {
    const cell = (traces: number, attested: number) =>
      fr('dashboard.cell', { count: traces, attested: fr('dashboard.cellAttested', attested) });
    expect(cell(0, 0)).toBe('aucune trace');
    expect(cell(1, 0)).toBe('1 trace, dont aucune attestée');
    expect(cell(1, 1)).toBe('1 trace, dont 1 attestée');
    expect(cell(3, 2)).toBe('3 traces, dont 2 attestées');
    expect(en('dashboard.cell', { count: 2, attested: en('dashboard.cellAttested', 0) })).toBe(
      '2 traces, none attested',
    );
  });

  it('counts the points still to do, from the named count alone', () => {
    expect([0, 1, 2].map((count) => fr('dossier.notReady', { count }))).toEqual([
      "Le dossier n'est pas encore prêt : 0 point à faire.",
      "Le dossier n'est pas encore prêt : 1 point à faire.",
      "Le dossier n'est pas encore prêt : 2 points à faire.",
    ]);
    expect(fr('dossier.submitNotReady', { count: 1 })).toBe(
      "Le dossier n'est pas prêt : 1 point reste à faire.",
    );
    expect([0, 1, 2].map((n) => fr('dashboard.failing', n))).toEqual([
      'Aucun point à compléter',
      '1 point à compléter',
      '2 points à compléter',
    ]);
    expect(en('dossier.notReady', { count: 1 })).toBe(
      'The dossier is not ready yet: 1 item to do.',
    );
  });

  it('counts the candidates shown out of all', () => {
    expect([0, 1, 2].map((count) => fr('dashboard.count', { count, total: 2 }))).toEqual([
      'Aucune personne candidate affichée sur 2',
      '1 personne candidate affichée sur 2',
      '2 personnes candidates affichées sur 2',
    ]);
    expect(en('dashboard.count', { count: 1, total: 2 })).toBe('1 candidate shown out of 2');
  });

  it('counts the candidates enrolled and those already there, each with its own plural', () => {
    const enrolled = (a: number, b: number) =>
      fr('exams.candidatesSection.cohortEnrolled', {
        name: 'MC SNO A',
        enrolled: fr('exams.candidatesSection.enrolledCount', a),
        already: fr('exams.candidatesSection.alreadyCount', b),
      });
    expect(enrolled(1, 0)).toBe(
      'Cohorte MC SNO A : 1 personne candidate inscrite, aucune déjà inscrite.',
    );
    expect(enrolled(2, 1)).toBe(
      'Cohorte MC SNO A : 2 personnes candidates inscrites, 1 déjà inscrite.',
    );
  });

  it('counts weeks, fractions below 2 singular in French only', () => {
    const weeks = (locale: AppLocale, w: string, n: number) =>
      t(locale)('candidate.weeks', { weeks: w, minimum: '12' }, n);
    expect(weeks('fr', '1,6', 1.6)).toBe('1,6 semaine sur les 12 exigées.');
    expect(weeks('fr', '2', 2)).toBe('2 semaines sur les 12 exigées.');
    expect(weeks('en', '1.6', 1.6)).toBe('1.6 weeks of the 12 required.');
    expect(weeks('en', '1', 1)).toBe('1 week of the 12 required.');
  });

  it('counts accounts imported', () => {
    expect([0, 1, 2].map((count) => fr('cohorts.import.done', { count }))).toEqual([
      'Import terminé : aucun compte créé.',
      'Import terminé : 1 compte créé.',
      'Import terminé : 2 comptes créés.',
    ]);
  });
});

describe('names after a particle (no « de Inès »)', () => {
  const fr = t('fr');
  const vowels = ['Inès Martin', 'Élodie Roux', 'Hugo Petit', 'Ana Diallo'];

  it('names the account without « de » before the name', () => {
    for (const name of vowels) {
      expect(fr('users.deactivate.actionLabel', { name })).toBe(`Désactiver le compte : ${name}`);
      expect(fr('users.edit.done', { name })).toBe(`Compte enregistré : ${name}.`);
      expect(fr('users.created', { name })).toBe(`Compte créé pour ${name}.`);
    }
  });

  it('names the author of traces, comments and dossiers by « par » or a dash', () => {
    expect(fr('tutoring.tracesOf', { name: 'Inès Martin' })).toBe(
      'Traces enregistrées par Inès Martin',
    );
    expect(fr('candidate.dossierHeading', { exam: 'E1', name: 'Élodie Roux' })).toBe(
      'Dossier E1 — Élodie Roux',
    );
    expect(fr('exams.grid.saveConfirm', { names: 'Inès Formatrice' }, 1)).toMatch(
      /^Enregistrer ces modifications retire la signature donnée par Inès Formatrice :/,
    );
    expect(fr('files.cancel', { name: 'attestation.pdf' })).toBe(
      "Annuler l'envoi du fichier attestation.pdf",
    );
  });

  it('writes a date range « du 1er … au … »', () => {
    expect(fr('dates.range', { from: '1er mars 2027', to: '12 mars 2027' })).toBe(
      'du 1er mars 2027 au 12 mars 2027',
    );
  });
});
