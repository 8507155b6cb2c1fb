import type { Request, Response } from 'express';
import { sendObject } from '../files/send-object.js';
import type { SubmissionFile } from './submission.entity.js';
import type { Submission } from './submission.entity.js';
import type { SubmissionsService } from './submissions.service.js';

/** Streams a submission's ZIP as a download; shared by the signed-in and the share-link routes. */
export async function sendSubmissionZip(
  res: Response,
  submissions: SubmissionsService,
  submission: Submission,
): Promise<void> {
  const archive = await submissions.zip(submission);
  const date = submission.submittedAt.toISOString().slice(0, 10);
  res.setHeader('Content-Type', 'application/zip');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="dossier-${submission.exam}-${date}.zip"`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  archive.on('error', () => res.destroy());
  archive.pipe(res);
}

/** Sends one file of a submission (download, or inline when safe and asked). */
export async function sendSubmittedFile(
  req: Request,
  res: Response,
  submissions: SubmissionsService,
  file: SubmissionFile,
  inline: boolean,
): Promise<void> {
  const name = file.path.split('/').pop() ?? 'fichier';
  await sendObject(
    req,
    res,
    { name, size: file.size, mediaType: file.mediaType },
    inline,
    (range) => submissions.open(file, range),
  );
}

/** Streams the PDF summary of a submission as a download. */
export async function sendSubmissionPdf(
  res: Response,
  submissions: SubmissionsService,
  submission: Submission,
): Promise<void> {
  const pdf = await submissions.pdf(submission);
  const date = submission.submittedAt.toISOString().slice(0, 10);
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="dossier-${submission.exam}-${date}.pdf"`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  pdf.on('error', () => res.destroy());
  pdf.pipe(res);
}
