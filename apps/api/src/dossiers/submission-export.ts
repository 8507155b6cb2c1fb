import { ZipArchive } from 'archiver';
import { lazyObject } from '../storage/lazy-object.js';
import type { ObjectStream } from '../storage/object-storage.service.js';
import type { Manifest } from './dossiers.service.js';
import type { SubmissionFile } from './submission.entity.js';

const CONTEXTS: Record<string, string> = {
  centre: 'En centre de formation',
  pfmp: 'En PFMP',
  projet: 'Projet',
  atelier: 'Atelier',
  simulation: 'Situation simulée',
  personnel: 'Expérience personnelle',
};

/**
 * A link to a file of the archive, relative to index.html: each segment percent-encoded, since a
 * `#` or `?` in a file name would otherwise end the path (encodeURI leaves them as they are).
 */
export function relativeHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The ZIP of a submission: `manifest.json` (the exact text whose sha256 is the submission's
 * manifestSha256), `index.html` (the dossier readable offline) and every file at its path. Files
 * are stored uncompressed and fetched from storage one at a time, when the archive reaches them,
 * so memory stays constant whatever the size.
 */
export function submissionZip(
  manifestText: string,
  files: SubmissionFile[],
  open: (file: SubmissionFile) => Promise<ObjectStream>,
): ZipArchive {
  const manifest = JSON.parse(manifestText) as Manifest;
  const archive = new ZipArchive({ store: true, highWaterMark: 1024 * 1024 });
  archive.append(manifestText, { name: 'manifest.json' });
  archive.append(indexHtml(manifest), { name: 'index.html' });
  for (const file of files) {
    archive.append(
      lazyObject(() => open(file)),
      { name: file.path },
    );
  }
  void archive.finalize();
  return archive;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const paragraphs = (text: string) =>
  text.trim()
    ? text
        .trim()
        .split(/\n{2,}/)
        .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
        .join('\n')
    : '<p><em>(vide)</em></p>';

/** A self-contained, accessible page presenting the dossier (no script, no network). */
export function indexHtml(m: Manifest): string {
  const items = m.items
    .map(
      (item) => `<article aria-labelledby="item-${item.position}">
<h3 id="item-${item.position}">${item.position + 1}. ${escape(item.title)}</h3>
<dl>
<dt>Contexte</dt><dd>${escape(CONTEXTS[item.context] ?? item.context)}</dd>
<dt>Date</dt><dd>${escape(item.occurredOn)}${item.occurredUntil ? ` au ${escape(item.occurredUntil)}` : ''}</dd>
<dt>Compétences</dt><dd>${escape([...item.competences, ...item.detailedCompetences].join(', ') || '—')}</dd>
</dl>
${item.comment ? `<p><strong>Commentaire :</strong> ${escape(item.comment)}</p>` : ''}
${item.description ? `<h4>Description</h4>\n${paragraphs(item.description)}` : ''}
<h4>Analyse réflexive</h4>
${paragraphs(item.reflection)}
${
  item.files.length
    ? `<h4>Fichiers</h4>\n<ul>\n${item.files
        .map(
          (f) =>
            `<li><a href="${escape(relativeHref(f.path))}">${escape(f.name)}</a> (${f.size} octets, SHA-256 <code>${f.sha256}</code>)</li>`,
        )
        .join('\n')}\n</ul>`
    : ''
}
</article>`,
    )
    .join('\n');
  const project = m.project
    ? `<section aria-labelledby="projet"><h2 id="projet">Projet collaboratif</h2>
<p><strong>Membres :</strong> ${escape(m.project.members.join(', '))}</p>
<h3>Contribution personnelle</h3>
${paragraphs(m.project.contribution)}</section>`
    : '';
  const highlights = m.highlights.length
    ? `<section aria-labelledby="realisations"><h2 id="realisations">Réalisations présentées</h2>
${m.highlights
  .map(
    (h) => `<h3>Activité ${escape(h.activity)}</h3>
<h4>Conception</h4>${paragraphs(h.design)}<h4>Mise en œuvre</h4>${paragraphs(h.implementation)}<h4>Choix opérés</h4>${paragraphs(h.choices)}`,
  )
  .join('\n')}</section>`
    : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier ${escape(m.exam)} — déposé le ${escape(m.submittedAt.slice(0, 10))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
code{word-break:break-all}a{color:#0645ad}article{border-top:1px solid #767676;margin-top:1.5rem}</style>
</head>
<body>
<header>
<h1>Dossier numérique — épreuve ${escape(m.exam)} (${m.mode === 'ccf' ? 'CCF' : 'forme ponctuelle'})</h1>
<p>Déposé le ${escape(m.submittedAt)}${m.acknowledgedIncomplete ? ' — <strong>déposé incomplet, à la demande de la personne candidate</strong>' : ''}.</p>
</header>
<main>
<section aria-labelledby="presentation"><h2 id="presentation">Analyse réflexive du dossier</h2>
${paragraphs(m.presentation)}</section>
${project}
${highlights}
<section aria-labelledby="traces"><h2 id="traces">Traces (${m.items.length})</h2>
${items || '<p>Aucune trace.</p>'}
</section>
</main>
<footer><p>Intégrité : chaque fichier est listé dans <code>manifest.json</code> avec son empreinte SHA-256 ;
l'empreinte SHA-256 de <code>manifest.json</code> est celle enregistrée lors du dépôt.</p></footer>
</body>
</html>
`;
}
