import {
  type Dossier,
  type ExamCode,
  HIGHLIGHT_ACTIVITIES,
  type HighlightActivity,
  type SaveDossierBody,
} from '../api/types';

/** One trace of the dossier as edited (title and competences are shown, only the id is sent). */
export interface DraftItem {
  traceId: string;
  title: string;
  competences: string[];
  comment: string;
}

/** An E2 realisation as edited: `traceId` is '' until a trace is chosen (what the select binds). */
export interface DraftHighlight {
  activity: HighlightActivity;
  traceId: string;
  design: string;
  implementation: string;
  choices: string;
}

/** Everything the candidate edits in a dossier, shaped for the form. */
export interface DossierDraft {
  items: DraftItem[];
  presentation: string;
  members: string[];
  contribution: string;
  projectTraceIds: string[];
  highlights: DraftHighlight[];
}

export type DraftBody = Omit<SaveDossierBody, 'version'>;

/** The form's content for a dossier as the API returned it. */
export function draftOf(value: Dossier): DossierDraft {
  return {
    items: [...value.items]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        traceId: i.traceId,
        title: i.title,
        competences: [...i.competences],
        comment: i.comment,
      })),
    presentation: value.presentation,
    members: value.project ? [...value.project.members] : ['', ''],
    contribution: value.project?.contribution ?? '',
    projectTraceIds: value.project ? [...value.project.traceIds] : [],
    highlights: HIGHLIGHT_ACTIVITIES.map((activity) => {
      const h = value.highlights.find((x) => x.activity === activity);
      return {
        activity,
        traceId: h?.traceId ?? '',
        design: h?.design ?? '',
        implementation: h?.implementation ?? '',
        choices: h?.choices ?? '',
      };
    }),
  };
}

const written = (h: DraftHighlight) =>
  [h.design, h.implementation, h.choices].some((text) => text.trim() !== '');

/**
 * What PUT /api/dossiers/:exam receives for this draft (without the version). A realisation with
 * text but no trace yet is sent as a draft (`traceId: null`), so nothing typed is dropped.
 */
export function bodyOf(draft: DossierDraft, exam: ExamCode, withHighlights: boolean): DraftBody {
  const value: DraftBody = {
    items: draft.items.map((i) => ({ traceId: i.traceId, comment: i.comment })),
    presentation: draft.presentation,
  };
  if (exam === 'E1')
    value.project = {
      members: draft.members.map((m) => m.trim()).filter(Boolean),
      contribution: draft.contribution,
      traceIds: draft.projectTraceIds.filter((id) => draft.items.some((i) => i.traceId === id)),
    };
  if (withHighlights)
    value.highlights = draft.highlights
      .filter((h) => h.traceId || written(h))
      .map((h) => ({ ...h, traceId: h.traceId || null }));
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a 409, the latest version with this page's changes on top: every part the candidate
 * changed here since the last read (`base`) keeps the candidate's value, the rest takes the other
 * tab's. Realisations merge one activity at a time.
 */
export function mergeDrafts(
  base: DossierDraft,
  mine: DossierDraft,
  theirs: DossierDraft,
): DossierDraft {
  const pick = <K extends keyof DossierDraft>(key: K): DossierDraft[K] =>
    same(mine[key], base[key]) ? theirs[key] : mine[key];
  return {
    items: pick('items'),
    presentation: pick('presentation'),
    members: pick('members'),
    contribution: pick('contribution'),
    projectTraceIds: pick('projectTraceIds'),
    highlights: theirs.highlights.map((h, n) =>
      same(mine.highlights[n], base.highlights[n]) ? h : mine.highlights[n]!,
    ),
  };
}

/** A deep copy (drafts hold only JSON values). */
export const copyDraft = (draft: DossierDraft): DossierDraft =>
  JSON.parse(JSON.stringify(draft)) as DossierDraft;
