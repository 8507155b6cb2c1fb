import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_CSV_HEADER,
  candidateCsvTemplate,
  candidateStatusCodes,
  candidateStatusFromText,
  referential,
} from './index.js';

describe('candidateStatusFromText', () => {
  it('reads every code and every full label of the règlement as its status', () => {
    for (const status of referential.candidateStatuses) {
      expect(candidateStatusFromText(status.code)).toEqual({ status: status.code });
      expect(candidateStatusFromText(status.label)).toEqual({ status: status.code });
      expect(candidateStatusFromText(`  ${status.label.toUpperCase()} `)).toEqual({
        status: status.code,
      });
    }
  });

  it.each([
    ['Scolaire sous contrat', 'scolaire_public_ou_prive_sous_contrat'],
    ['scolaire hors-contrat', 'scolaire_prive_hors_contrat'],
    ['Apprenti CFA habilité', 'apprenti_cfa_habilite_ccf'],
    ['Apprenti non habilité', 'apprenti_cfa_non_habilite_ccf'],
    ['Formation continue – public', 'formation_continue_etablissement_public'],
    ['formation continue privé', 'formation_continue_etablissement_prive'],
    ['Expérience professionnelle', 'experience_professionnelle_1_an'],
    ['Enseignement à distance', 'enseignement_a_distance'],
    ['CNED à distance', null],
  ])('reads « %s » as %s', (text, status) => {
    expect(candidateStatusFromText(text).status).toBe(status);
  });

  it('refuses a word that names several statuses, and says which', () => {
    expect(candidateStatusFromText('Scolaire')).toEqual({
      status: null,
      candidates: ['scolaire_public_ou_prive_sous_contrat', 'scolaire_prive_hors_contrat'],
    });
    expect(candidateStatusFromText('Apprenti')).toEqual({
      status: null,
      candidates: ['apprenti_cfa_habilite_ccf', 'apprenti_cfa_non_habilite_ccf'],
    });
    expect(candidateStatusFromText('Apprenti CFA habilité CCF').status).toBe(
      'apprenti_cfa_habilite_ccf',
    );
  });

  it('refuses an empty or unknown text with no candidate', () => {
    expect(candidateStatusFromText('')).toEqual({ status: null, candidates: [] });
    expect(candidateStatusFromText(' dans le ')).toEqual({ status: null, candidates: [] });
    expect(candidateStatusFromText('Alternant')).toEqual({ status: null, candidates: [] });
  });
});

describe('candidateCsvTemplate', () => {
  it('has the header and example lines whose statuses read back as one CCF and one ponctuel status', () => {
    const [header, ...lines] = candidateCsvTemplate().trimEnd().split('\r\n');
    expect(header).toBe(CANDIDATE_CSV_HEADER.join(';'));
    const statuses = lines.map((line) => candidateStatusFromText(line.split(';')[2]!).status);
    expect(statuses.every((s) => s && candidateStatusCodes.includes(s))).toBe(true);
    expect(
      new Set(statuses.map((s) => referential.candidateStatuses.find((r) => r.code === s)!.mode)),
    ).toEqual(new Set(['ccf', 'ponctuel']));
  });
});
