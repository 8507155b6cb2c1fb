import { formatDate } from '@dossier-sno/i18n';
import {
  allCompetences,
  findDetailedCompetence,
  referential,
  referentials,
} from '@dossier-sno/referential';
import { count, examAndMode, fileSize, period } from '../common/export-text.js';
import type { Manifest } from './dossiers.service.js';

const CONTEXTS: Record<string, string> = {
  centre: 'En centre de formation',
  pfmp: 'En PFMP',
  projet: 'Projet',
  atelier: 'Atelier',
  simulation: 'Situation simulée',
  personnel: 'Expérience personnelle',
};

/** The images the exports draw (both pdfkit and every browser show these two). */
export const DRAWN_IMAGES = new Set(['image/png', 'image/jpeg']);

/** Who the dossier is from: the manifest holds ids only. */
export interface SubmissionPeople {
  candidateName: string;
  establishmentName: string | null;
}

export interface Fact {
  label: string;
  value: string;
}

export interface ContentFile {
  name: string;
  /** Path in the ZIP, relative to index.html. */
  path: string;
  size: string;
  sha256: string;
  /** Alternative text when the file is an image the exports draw; null otherwise. */
  imageAlt: string | null;
}

export interface ContentItem {
  heading: string;
  facts: Fact[];
  /** « C3.1 – Title », then the compétences détaillées with their wording. */
  competences: string[];
  detailed: string[];
  comment: string;
  description: string;
  reflection: string;
  files: ContentFile[];
}

/**
 * A submission as the jury reads it, the same in the PDF and in the ZIP's index.html: words
 * instead of codes, dates in French, counts with their plural, référentiel titles next to codes.
 */
export interface SubmissionContent {
  title: string;
  heading: string;
  facts: Fact[];
  incomplete: boolean;
  competences: string[];
  pfmp: string | null;
  presentation: string;
  project: { members: string; contribution: string } | null;
  highlights: { heading: string; parts: { label: string; text: string }[] }[];
  itemsHeading: string;
  items: ContentItem[];
}

export function submissionContent(
  m: Manifest,
  people: SubmissionPeople,
  manifestSha256: string,
): SubmissionContent {
  const ref = referentials[m.referentialVersion] ?? referential;
  const competences = allCompetences(ref);
  const titled = (code: string) => {
    const title = competences.find((c) => c.code === code)?.title;
    return title ? `${code} – ${title}` : code;
  };
  const exam = ref.exams.find((e) => e.code === m.exam);
  const submitted = formatDate(m.submittedAt, 'fr');
  const block = `C${m.exam.slice(1)}.`;
  const covered = new Set(m.items.flatMap((i) => i.competences));
  const activities = ref.blocks.flatMap((b) => b.pole.activities);
  return {
    title: `Dossier ${m.exam} de ${people.candidateName} — déposé le ${submitted}`,
    heading: `Dossier numérique de ${people.candidateName}`,
    facts: [
      { label: 'Personne candidate', value: people.candidateName },
      ...(people.establishmentName
        ? [{ label: 'Établissement', value: people.establishmentName }]
        : []),
      { label: 'Épreuve', value: examAndMode(m.exam, m.mode) },
      ...(exam ? [{ label: 'Intitulé', value: exam.title }] : []),
      { label: 'Déposé le', value: submitted },
      { label: 'Empreinte SHA-256 du manifeste', value: manifestSha256 },
    ],
    incomplete: m.acknowledgedIncomplete,
    // The exam's own competences, then any other one a trace of the dossier covers.
    competences: competences
      .filter((c) => c.code.startsWith(block) || covered.has(c.code))
      .map((c) => {
        const n = m.items.filter((i) => i.competences.includes(c.code)).length;
        return `${titled(c.code)} : ${n ? count(n, 'trace', 'traces') : 'aucune trace'}`;
      }),
    // The PFMP weeks are a rule of E2 only (annexe IV).
    pfmp:
      m.exam === 'E2' && m.pfmp
        ? `${count(m.pfmp.totalWeeks, 'semaine', 'semaines')} (${count(m.pfmp.totalDays, 'jour', 'jours')}) pour un minimum de ${count(m.pfmp.minimumWeeks, 'semaine', 'semaines')}.`
        : null,
    presentation: m.presentation,
    project: m.project
      ? {
          members: new Intl.ListFormat('fr-FR', { type: 'conjunction' }).format(m.project.members),
          contribution: m.project.contribution,
        }
      : null,
    highlights: m.highlights.map((h) => {
      const activity = activities.find((a) => a.code === h.activity);
      return {
        heading: `Activité ${h.activity}${activity ? ` : ${activity.title}` : ''}`,
        parts: [
          { label: 'Conception', text: h.design },
          { label: 'Mise en œuvre', text: h.implementation },
          { label: 'Choix opérés', text: h.choices },
        ],
      };
    }),
    itemsHeading: `Traces du dossier (${count(m.items.length, 'trace', 'traces')})`,
    items: m.items.map((item) => ({
      heading: `${item.position + 1}. ${item.title}`,
      facts: [
        { label: 'Contexte', value: CONTEXTS[item.context] ?? item.context },
        { label: 'Date', value: period(item.occurredOn, item.occurredUntil) },
      ],
      competences: item.competences.map(titled),
      detailed: item.detailedCompetences.map((code) => {
        const label = findDetailedCompetence(code, ref)?.label;
        return label ? `${code} – ${label}` : code;
      }),
      comment: item.comment,
      description: item.description,
      reflection: item.reflection,
      files: item.files.map((f) => ({
        name: f.name,
        path: f.path,
        size: fileSize(f.size),
        sha256: f.sha256,
        imageAlt: DRAWN_IMAGES.has(f.mediaType) ? `${f.name} — ${item.title}` : null,
      })),
    })),
  };
}
