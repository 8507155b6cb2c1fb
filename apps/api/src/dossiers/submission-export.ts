import { ZipArchive } from 'archiver';
import { lazyObject } from '../storage/lazy-object.js';
import type { ObjectStream } from '../storage/object-storage.service.js';
import type { Manifest } from './dossiers.service.js';
import {
  type Fact,
  type SubmissionContent,
  submissionContent,
  type SubmissionPeople,
} from './submission-content.js';
import type { SubmissionFile } from './submission.entity.js';

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
  manifestSha256: string,
  people: SubmissionPeople,
  files: SubmissionFile[],
  open: (file: SubmissionFile) => Promise<ObjectStream>,
): ZipArchive {
  const manifest = JSON.parse(manifestText) as Manifest;
  const archive = new ZipArchive({ store: true, highWaterMark: 1024 * 1024 });
  archive.append(manifestText, { name: 'manifest.json' });
  archive.append(indexHtml(submissionContent(manifest, people, manifestSha256)), {
    name: 'index.html',
  });
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
    : '<p><em>Non renseigné.</em></p>';
const facts = (list: Fact[]) =>
  `<dl>\n${list.map((f) => `<dt>${escape(f.label)}</dt><dd>${escape(f.value)}</dd>`).join('\n')}\n</dl>`;
const list = (items: string[]) =>
  items.length ? `<ul>\n${items.map((i) => `<li>${escape(i)}</li>`).join('\n')}\n</ul>` : '';
/** A region named by its heading. */
const section = (id: string, level: number, heading: string, content: string) =>
  `<section aria-labelledby="${id}"><h${level} id="${id}">${escape(heading)}</h${level}>\n${content}\n</section>`;

/** Readable on a phone and on paper, with the system's fonts: nothing is fetched. */
const STYLE = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}h4{font-size:1rem;margin-bottom:.25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}
code{overflow-wrap:anywhere}a{color:#0645ad}img{max-width:100%;height:auto;border:1px solid #767676}
figure{margin:1rem 0}figcaption{font-size:.9rem}article{border-top:1px solid #767676;margin-top:1.5rem}
.incomplete{font-weight:bold}footer{margin-top:2rem;border-top:1px solid #767676;font-size:.9rem}
@media (max-width:30rem){dl{display:block}dd{margin-bottom:.5rem}}
@media print{a{color:inherit}article{break-inside:avoid-page}}`;

function itemHtml(item: SubmissionContent['items'][number], index: number): string {
  const id = `trace-${index + 1}`;
  const files = item.files.length
    ? `<h4>Fichiers</h4>\n<ul>\n${item.files
        .map(
          (f) =>
            `<li><a href="${escape(relativeHref(f.path))}">${escape(f.name)}</a> (${escape(f.size)}, SHA-256 <code>${f.sha256}</code>)</li>`,
        )
        .join('\n')}\n</ul>\n${item.files
        .filter((f) => f.imageAlt)
        .map(
          (f) =>
            `<figure><img src="${escape(relativeHref(f.path))}" alt="${escape(f.imageAlt!)}"><figcaption>${escape(f.name)}</figcaption></figure>`,
        )
        .join('\n')}`
    : '';
  return `<article aria-labelledby="${id}">
<h3 id="${id}">${escape(item.heading)}</h3>
${facts(item.facts)}
<h4>Compétences</h4>
${list([...item.competences, ...item.detailed]) || '<p>Aucune compétence indiquée.</p>'}
${item.comment ? `<p><strong>Commentaire :</strong> ${escape(item.comment)}</p>` : ''}
${item.description ? `<h4>Description</h4>\n${paragraphs(item.description)}` : ''}
<h4>Analyse réflexive</h4>
${paragraphs(item.reflection)}
${files}
</article>`;
}

/** A self-contained, accessible page presenting the dossier (no script, no network). */
export function indexHtml(c: SubmissionContent): string {
  const project = c.project
    ? section(
        'projet',
        2,
        'Projet collaboratif',
        `<p><strong>Membres :</strong> ${escape(c.project.members)}</p>
<h3>Contribution personnelle</h3>
${paragraphs(c.project.contribution)}`,
      )
    : '';
  const highlights = c.highlights.length
    ? section(
        'realisations',
        2,
        'Réalisations présentées',
        c.highlights
          .map(
            (h) =>
              `<h3>${escape(h.heading)}</h3>\n${h.parts.map((p) => `<h4>${escape(p.label)}</h4>\n${paragraphs(p.text)}`).join('\n')}`,
          )
          .join('\n'),
      )
    : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(c.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escape(c.heading)}</h1>
${facts(c.facts)}
${c.incomplete ? '<p class="incomplete">Déposé incomplet, à la demande de la personne candidate.</p>' : ''}
</header>
<main>
${section('competences', 2, 'Compétences couvertes', list(c.competences))}
${c.pfmp ? section('pfmp', 2, 'Périodes de formation en milieu professionnel', `<p>${escape(c.pfmp)}</p>`) : ''}
${section('presentation', 2, 'Analyse réflexive du dossier', paragraphs(c.presentation))}
${project}
${highlights}
${section('traces', 2, c.itemsHeading, c.items.map(itemHtml).join('\n') || '<p>Aucune trace.</p>')}
</main>
<footer><p>Intégrité : chaque fichier est listé dans <code>manifest.json</code> avec son empreinte SHA-256 ;
l'empreinte SHA-256 de <code>manifest.json</code> est celle enregistrée lors du dépôt.</p></footer>
</body>
</html>
`;
}
