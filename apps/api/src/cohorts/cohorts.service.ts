import { referential } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { type Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { scopeCohorts } from '../policy/scopes.js';
import { RelationRules } from '../policy/relation-rules.js';
import { Permission } from '../policy/permission.js';
import { CandidateProfile } from '../users/candidate-profile.entity.js';
import { User } from '../users/user.entity.js';
import { AccountLinks } from '../users/account-links.service.js';
import { UsersService } from '../users/users.service.js';
import { Cohort } from './cohort.entity.js';
import type { CohortView, CreateCohortDto, ImportedView } from './cohort.dto.js';
import { parseCandidateCsv, rowError } from './candidate-csv.js';
import { TeacherCohort } from './teacher-cohort.entity.js';
import { DomainError } from '../common/domain-error.js';

@Injectable()
export class CohortsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly rules: RelationRules,
    private readonly audit: AuditLog,
    private readonly users: UsersService,
    private readonly links: AccountLinks,
  ) {}

  async create(actor: Actor, dto: CreateCohortDto): Promise<CohortView> {
    const [start, end] = dto.schoolYear.split('-').map(Number);
    if (end !== (start ?? 0) + 1) {
      throw new DomainError('SCHOOL_YEAR_CONSECUTIVE');
    }
    const repo = this.db.getRepository(Cohort);
    if (
      await repo.existsBy({
        establishmentId: actor.establishmentId,
        name: dto.name,
        schoolYear: dto.schoolYear,
      })
    ) {
      throw new DomainError('COHORT_EXISTS', { name: dto.name, schoolYear: dto.schoolYear });
    }
    const cohort = await repo.save(
      repo.create({
        establishmentId: actor.establishmentId,
        name: dto.name,
        schoolYear: dto.schoolYear,
        referentialVersion: dto.referentialVersion ?? referential.version,
      }),
    );
    await this.audit.record({
      action: 'cohort.created',
      actor,
      subjectType: 'cohort',
      subjectId: cohort.id,
    });
    return (await this.views([cohort]))[0]!;
  }

  async list(actor: Actor): Promise<CohortView[]> {
    const qb = this.db.getRepository(Cohort).createQueryBuilder('c');
    const cohorts = await scopeCohorts(qb, actor)
      .orderBy('c.school_year', 'DESC')
      .addOrderBy('c.name', 'ASC')
      .getMany();
    return this.views(cohorts);
  }

  async get(actor: Actor, cohortId: string): Promise<CohortView> {
    return (await this.views([await this.visible(actor, cohortId)]))[0]!;
  }

  /** All-or-nothing: any bad line → 400 with every error, and no account is created. */
  async importCandidates(actor: Actor, cohortId: string, text: string): Promise<ImportedView> {
    const cohort = await this.visible(actor, cohortId);
    const { rows, errors } = parseCandidateCsv(text);
    if (rows.length) {
      const taken = await this.db
        .getRepository(User)
        .createQueryBuilder('u')
        .select('lower(u.email)', 'email')
        .where('lower(u.email) IN (:...emails)', { emails: rows.map((r) => r.email) })
        .getRawMany<{ email: string }>();
      for (const row of rows.filter((r) => taken.some((t) => t.email === r.email))) {
        errors.push(rowError(row.line, 'email', 'accountExists'));
      }
    }
    if (errors.length) {
      throw new DomainError('IMPORT_REFUSED', { count: errors.length }, { errors });
    }
    const created = await this.db.transaction(async (manager) => {
      const accounts = [];
      for (const row of rows) {
        accounts.push(
          await this.users.createAccount(manager, actor, cohort.establishmentId, {
            email: row.email,
            displayName: row.displayName,
            roles: ['candidate'],
            candidate: { cohortId: cohort.id, status: row.status, positionne: row.positionne },
          }),
        );
      }
      return accounts;
    });
    await this.audit.record({
      action: 'cohort.imported',
      actor,
      subjectType: 'cohort',
      subjectId: cohort.id,
      details: { created: created.length },
    });
    await this.links.sendInvitations(actor, created);
    return { created: created.length };
  }

  private async visible(actor: Actor, cohortId: string): Promise<Cohort> {
    await this.policy.requireAccess(actor, Permission.CohortRead, [cohortId]);
    return this.db.getRepository(Cohort).findOneByOrFail({ id: cohortId });
  }

  /** A teacher of the establishment that an admin may put on a cohort they see. */
  private async assignableTeacher(actor: Actor, cohortId: string, teacherId: string) {
    await this.policy.requireAccess(actor, Permission.CohortRead, [cohortId]);
    await this.policy.requireAccess(actor, Permission.UserRead, [teacherId]);
    await this.rules.assertTeacher(teacherId);
  }

  async assignTeacher(actor: Actor, cohortId: string, teacherId: string): Promise<void> {
    await this.assignableTeacher(actor, cohortId, teacherId);
    await this.db
      .getRepository(TeacherCohort)
      .upsert({ teacherId, cohortId }, ['teacherId', 'cohortId']);
    await this.audit.record({
      action: 'assignment.teacher_added',
      actor,
      subjectType: 'cohort',
      subjectId: cohortId,
      details: { teacherId },
    });
  }

  async unassignTeacher(actor: Actor, cohortId: string, teacherId: string): Promise<void> {
    await this.assignableTeacher(actor, cohortId, teacherId);
    await this.db.getRepository(TeacherCohort).delete({ teacherId, cohortId });
    await this.audit.record({
      action: 'assignment.teacher_removed',
      actor,
      subjectType: 'cohort',
      subjectId: cohortId,
      details: { teacherId },
    });
  }

  private async views(cohorts: Cohort[]): Promise<CohortView[]> {
    if (cohorts.length === 0) return [];
    const ids = cohorts.map((c) => c.id);
    const [teachers, counts] = await Promise.all([
      this.db.getRepository(TeacherCohort).findBy({ cohortId: In(ids) }),
      this.db
        .getRepository(CandidateProfile)
        .createQueryBuilder('cp')
        .innerJoin(User, 'u', 'u.id = cp.user_id AND u.active')
        .select('cp.cohort_id', 'cohortId')
        .addSelect('count(*)::int', 'count')
        .where('cp.cohort_id IN (:...ids)', { ids })
        .groupBy('cp.cohort_id')
        .getRawMany<{ cohortId: string; count: number }>(),
    ]);
    return cohorts.map((c) => ({
      id: c.id,
      establishmentId: c.establishmentId,
      name: c.name,
      schoolYear: c.schoolYear,
      referentialVersion: c.referentialVersion,
      teacherIds: teachers.filter((t) => t.cohortId === c.id).map((t) => t.teacherId),
      candidateCount: counts.find((n) => n.cohortId === c.id)?.count ?? 0,
    }));
  }
}
