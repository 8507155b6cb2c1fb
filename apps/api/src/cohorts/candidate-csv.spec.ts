import { candidateCsvTemplate } from '@dossier-sno/referential';
import { parseCandidateCsv } from './candidate-csv.js';

describe('parseCandidateCsv', () => {
  it('reads French or English headers, ; or , separators, a BOM, and oui/non', () => {
    const { rows, errors } = parseCandidateCsv(
      '\uFEFFCourriel;Nom;Statut;Positionné\nA@Example.fr;Ana;enseignement_a_distance;oui\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        email: 'a@example.fr',
        displayName: 'Ana',
        status: 'enseignement_a_distance',
        positionne: true,
      },
    ]);
  });

  it('reports every bad cell with its line and column, and returns no row then', () => {
    const { rows, errors } = parseCandidateCsv(
      'email,displayName,candidateStatus\nok@example.fr,Ok,enseignement_a_distance\nok@example.fr,,nope\n',
    );
    expect(rows).toEqual([]);
    expect(errors).toMatchObject([
      { line: 3, column: 'email', problem: 'duplicateEmail', reason: 'Déjà présente ligne 2.' },
      { line: 3, column: 'displayName', reason: expect.any(String) },
      { line: 3, column: 'candidateStatus', reason: expect.stringContaining('nope') },
    ]);
  });

  it('names a missing column and an empty file', () => {
    expect(parseCandidateCsv('email,displayName\n').errors).toMatchObject([
      {
        line: 1,
        column: 'candidateStatus',
        reason: 'Colonne candidateStatus absente de l’en-tête.',
      },
    ]);
    expect(parseCandidateCsv('').errors).toHaveLength(1);
    expect(parseCandidateCsv('email,displayName,candidateStatus\n').errors[0]?.reason).toMatch(
      /Aucun candidat/,
    );
  });

  it('reports unreadable CSV instead of throwing', () => {
    const { errors } = parseCandidateCsv('email,displayName,candidateStatus\n"unterminated,x,y\n');
    expect(errors[0]?.reason).toMatch(/CSV illisible/);
  });

  it('refuses a name on two lines or with a bidi control', () => {
    const csv =
      'email,displayName,candidateStatus\na@b.fr,"Léa\nMartin",scolaire_public_ou_prive_sous_contrat\nc@d.fr,L\u202Eéa,scolaire_public_ou_prive_sous_contrat\n';
    const { rows, errors } = parseCandidateCsv(csv);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'displayName'],
      [3, 'displayName'],
    ]);
  });
  it('reads statuses written as labels or short forms, and explains an ambiguous or unknown one', () => {
    const ok = parseCandidateCsv(
      'email;nom;statut\na@b.fr;A;Scolaire dans un établissement public ou privé sous contrat\nc@d.fr;C;apprenti non habilité\n',
    );
    expect(ok.rows.map((r) => r.status)).toEqual([
      'scolaire_public_ou_prive_sous_contrat',
      'apprenti_cfa_non_habilite_ccf',
    ]);

    const { errors } = parseCandidateCsv(
      'email;nom;statut\na@b.fr;A;Scolaire\nc@d.fr;C;Alternant\n',
    );
    expect(errors).toMatchObject([
      {
        line: 2,
        column: 'candidateStatus',
        problem: 'ambiguousStatus',
        reason:
          '« Scolaire » peut désigner « Scolaire dans un établissement public ou privé sous contrat » ou « Scolaire dans un établissement privé hors contrat » : précisez lequel.',
      },
      {
        line: 3,
        column: 'candidateStatus',
        reason: expect.stringMatching(/^Statut inconnu : « Alternant »\. Écrivez le libellé/),
      },
    ]);
  });

  it('accepts the template offered for download as it is', () => {
    const { rows, errors } = parseCandidateCsv(candidateCsvTemplate());
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
  });
});
