import {
  BadRequestException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { type Actor, hasRole } from '../auth/actor.js';
import { TraceFile } from '../files/trace-file.entity.js';
import { PfmpPeriod } from '../pfmp/pfmp-period.entity.js';
import { Trace } from '../traces/trace.entity.js';
import { ExamPolicy } from './exam-policy.js';
import { NOT_FOUND } from './people-policy.js';

/**
 * The periods `:actorId` tutors: named their tutor on the period and still assigned to the
 * candidate, a candidate of `:establishmentId`.
 */
const TUTORED_PERIODS = `SELECT tp.id FROM pfmp_period tp
  JOIN tutor_assignment tta ON tta.candidate_id = tp.candidate_id AND tta.tutor_id = tp.tutor_id
  JOIN app_user tcu ON tcu.id = tp.candidate_id AND tcu.establishment_id = :establishmentId
  WHERE tp.tutor_id = :actorId`;

/**
 * Traces, their files, PFMP periods, attestations and bilans (a layer of `AccessPolicy`).
 *
 * Those who reach the candidate's record (`PeoplePolicy`) reach all of it; a tutor reaches only
 * the periods they tutor, the traces tied to those periods (`trace.pfmp_period_id`) with their
 * files and threads, and those periods' bilans. Anything else answers 404, like an unknown id.
 */
@Injectable()
export class TutoringPolicy extends ExamPolicy {
  private params(actor: Actor) {
    return { actorId: actor.id, establishmentId: actor.establishmentId };
  }

  /** Restricts a query on traces (alias `alias`) to those `actor` reaches. */
  scopeTraces<T extends object>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    alias = 't',
  ): SelectQueryBuilder<T> {
    const clauses = [this.recordOf(actor, `${alias}.owner_id`)];
    if (hasRole(actor, 'tutor')) clauses.push(`${alias}.pfmp_period_id IN (${TUTORED_PERIODS})`);
    return qb.andWhere(`(${clauses.join(' OR ')})`).setParameters(this.params(actor));
  }

  /** Restricts a query on PFMP periods (alias `alias`) to those `actor` reaches. */
  scopePfmpPeriods<T extends object>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    alias = 'p',
  ): SelectQueryBuilder<T> {
    const clauses = [this.recordOf(actor, `${alias}.candidate_id`)];
    if (hasRole(actor, 'tutor')) clauses.push(`${alias}.id IN (${TUTORED_PERIODS})`);
    return qb.andWhere(`(${clauses.join(' OR ')})`).setParameters(this.params(actor));
  }

  /** The periods of these candidates that `actor` tutors (the tutor's own view: `/interns`). */
  async tutoredPeriods(actor: Actor, candidateIds: string[]): Promise<PfmpPeriod[]> {
    if (!hasRole(actor, 'tutor') || candidateIds.length === 0) return [];
    return this.db
      .getRepository(PfmpPeriod)
      .createQueryBuilder('p')
      .where('p.candidate_id IN (:...candidateIds)', { candidateIds })
      .andWhere(`p.id IN (${TUTORED_PERIODS})`)
      .setParameters(this.params(actor))
      .orderBy('p.starts_on', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /** A trace `actor` may read, else 404. */
  async visibleTrace(actor: Actor, traceId: string): Promise<Trace> {
    const qb = this.db
      .getRepository(Trace)
      .createQueryBuilder('t')
      .where('t.id = :traceId', { traceId });
    const trace = await this.scopeTraces(qb, actor).getOne();
    if (!trace) throw new NotFoundException(NOT_FOUND);
    return trace;
  }

  /** Only the candidate changes their traces and files; staff who can see them get 403. */
  async ownTrace(actor: Actor, traceId: string): Promise<Trace> {
    const trace = await this.visibleTrace(actor, traceId);
    if (trace.ownerId !== actor.id) {
      throw new ForbiddenException(
        'Seul·e le ou la candidat·e modifie ses traces. / Only the candidate changes their traces.',
      );
    }
    return trace;
  }

  /** A file `actor` may read, with its trace, else 404. */
  async visibleFile(actor: Actor, fileId: string): Promise<{ file: TraceFile; trace: Trace }> {
    const file = await this.db.getRepository(TraceFile).findOneBy({ id: fileId });
    if (!file) throw new NotFoundException(NOT_FOUND);
    return { file, trace: await this.visibleTrace(actor, file.traceId) };
  }

  async ownFile(actor: Actor, fileId: string): Promise<{ file: TraceFile; trace: Trace }> {
    const { file } = await this.visibleFile(actor, fileId);
    return { file, trace: await this.ownTrace(actor, file.traceId) };
  }

  /** The comment thread of a trace is open to whoever reads the trace. */
  async commentableTrace(actor: Actor, traceId: string): Promise<Trace> {
    return this.visibleTrace(actor, traceId);
  }

  /** A PFMP period `actor` may read, else 404. */
  async visiblePfmpPeriod(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const qb = this.db
      .getRepository(PfmpPeriod)
      .createQueryBuilder('p')
      .where('p.id = :periodId', { periodId });
    const period = await this.scopePfmpPeriods(qb, actor).getOne();
    if (!period) throw new NotFoundException(NOT_FOUND);
    return period;
  }

  /** Only the candidate records their PFMP periods; staff who can see them get 403. */
  async ownPfmpPeriod(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.visiblePfmpPeriod(actor, periodId);
    if (period.candidateId !== actor.id) {
      throw new ForbiddenException(
        'Seul·e le ou la candidat·e modifie ses PFMP. / Only the candidate changes their PFMP.',
      );
    }
    return period;
  }

  /** The period a candidate ties their trace to: one of their own (400 otherwise). */
  async ownPeriodForTrace(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.db
      .getRepository(PfmpPeriod)
      .findOneBy({ id: periodId, candidateId: actor.id });
    if (!period) {
      throw new BadRequestException(
        "pfmpPeriodId : cette période PFMP n'est pas l'une des vôtres ; choisissez-en une de votre page PFMP. / Not one of your PFMP periods.",
      );
    }
    return period;
  }

  /** A trace a tutor assigned to its owner may attest (or withdraw from); others who see it: 403. */
  async attestableTrace(actor: Actor, traceId: string): Promise<Trace> {
    const trace = await this.visibleTrace(actor, traceId);
    if (!(await this.tutors(actor, trace.ownerId))) {
      throw new ForbiddenException(
        'Seul·e un tuteur ou une tutrice du ou de la candidat·e atteste ses traces. / Only an assigned tutor attests traces.',
      );
    }
    return trace;
  }

  /**
   * The period an attestation is given for: the trace's, which `actor` must tutor (422 otherwise,
   * saying why: a staff member who also tutors may read a trace of someone else's period).
   */
  async attestationPeriodOf(actor: Actor, trace: Trace): Promise<PfmpPeriod> {
    const period = trace.pfmpPeriodId
      ? (await this.tutoredPeriods(actor, [trace.ownerId])).find((p) => p.id === trace.pfmpPeriodId)
      : undefined;
    if (!period) {
      throw new UnprocessableEntityException(
        "Cette trace n'est pas rattachée à une période PFMP dont vous êtes le tuteur ou la tutrice : vous ne pouvez attester que les traces de votre période. / This trace is not tied to a PFMP period you tutor.",
      );
    }
    return period;
  }

  /**
   * A period whose bilan `actor` may read: staff who reach the period read drafts too; the
   * candidate reads it only once complete (the flag completing sets), else 404.
   */
  async readableBilanPeriod(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.visiblePfmpPeriod(actor, periodId);
    if (actor.id === period.candidateId && !period.bilanCompletedAt) {
      throw new NotFoundException(
        "Le bilan de cette période n'est pas encore terminé par votre tuteur ou tutrice. / The bilan is not complete yet.",
      );
    }
    return period;
  }

  /** A period's bilan is filled by the period's tutor, still assigned to the candidate. */
  async bilanTutorOf(actor: Actor, periodId: string): Promise<PfmpPeriod> {
    const period = await this.visiblePfmpPeriod(actor, periodId);
    if (period.tutorId !== actor.id || !(await this.tutors(actor, period.candidateId))) {
      throw new ForbiddenException(
        "Seul·e le tuteur ou la tutrice de cette période remplit son bilan. / Only the period's tutor fills its bilan.",
      );
    }
    return period;
  }
}
