import { type CandidateStatusCode, referential } from '@dossier-sno/referential';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, type EntityManager } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Establishment } from '../cohorts/establishment.entity.js';
import { TeacherCohort } from '../cohorts/teacher-cohort.entity.js';
import type { Environment } from '../config/environment.js';
import type { Role } from './role.js';
import { TutorAssignment } from './tutor-assignment.entity.js';
import { UsersService } from './users.service.js';

/** Arbitrary constant naming the start-up lock among PostgreSQL advisory locks. */
const BOOTSTRAP_LOCK = 7_301_964_202;

/** The demo logins, listed in the README. One password for all of them. */
export const DEMO_PASSWORD = 'demo-dossier-sno';
export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.dossier-sno.fr',
  candidateCcf: 'camille.martin@demo.dossier-sno.fr',
  candidatePonctuel: 'noah.bernard@demo.dossier-sno.fr',
  tutor: 'tuteur@demo.dossier-sno.fr',
  teacher: 'formatrice@demo.dossier-sno.fr',
  examiner: 'examinateur@demo.dossier-sno.fr',
} as const;

/**
 * At start: on an empty database, seeds the demo establishment (unless DEMO_SEED=false); then, if
 * no admin exists and ADMIN_EMAIL + ADMIN_PASSWORD are set, creates that admin. Replicas starting
 * together take turns on an advisory lock, so this happens once.
 */
@Injectable()
export class AccountsBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountsBootstrap.name);

  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
      const empty = (await manager.count(Establishment)) === 0;
      const adminEmail = this.config.get('ADMIN_EMAIL', { infer: true });
      const adminPassword = this.config.get('ADMIN_PASSWORD', { infer: true });
      if (empty && this.config.get('DEMO_SEED', { infer: true })) {
        await this.seedDemo(manager, !adminEmail);
        this.logger.log(
          `Demo establishment seeded (logins in the README, password ${DEMO_PASSWORD})`,
        );
      }
      const adminExists =
        (await manager.query(`SELECT 1 FROM app_user WHERE 'admin' = ANY(roles) LIMIT 1`)).length >
        0;
      if (!adminExists && adminEmail && adminPassword) {
        const establishment =
          (await manager.find(Establishment, { order: { createdAt: 'ASC' }, take: 1 }))[0] ??
          (await manager.save(
            manager.create(Establishment, { name: 'Mon établissement', uai: null }),
          ));
        await this.users.createAccount(manager, null, establishment.id, {
          email: adminEmail.toLowerCase(),
          displayName: 'Administration',
          roles: ['admin'],
          password: adminPassword,
        });
        this.logger.log(`Admin ${adminEmail} created`);
      }
    });
  }

  private async seedDemo(manager: EntityManager, withAdmin: boolean): Promise<void> {
    const establishment = await manager.save(
      manager.create(Establishment, { name: 'Lycée de démonstration', uai: null }),
    );
    const cohort = await manager.save(
      manager.create(Cohort, {
        establishmentId: establishment.id,
        name: 'MC SNO démo',
        schoolYear: '2026-2027',
        referentialVersion: referential.version,
      }),
    );
    const create = (
      email: string,
      displayName: string,
      roles: Role[],
      status?: CandidateStatusCode,
    ) =>
      this.users.createAccount(manager, null, establishment.id, {
        email,
        displayName,
        roles,
        password: DEMO_PASSWORD,
        candidate: status && { cohortId: cohort.id, status, positionne: false },
      });
    if (withAdmin) await create(DEMO_ACCOUNTS.admin, 'Alex Admin', ['admin']);
    const camille = await create(
      DEMO_ACCOUNTS.candidateCcf,
      'Camille Martin',
      ['candidate'],
      'scolaire_public_ou_prive_sous_contrat',
    );
    await create(
      DEMO_ACCOUNTS.candidatePonctuel,
      'Noah Bernard',
      ['candidate'],
      'formation_continue_etablissement_prive',
    );
    const tutor = await create(DEMO_ACCOUNTS.tutor, 'Sam Tuteur', ['tutor']);
    const teacher = await create(DEMO_ACCOUNTS.teacher, 'Inès Formatrice', ['teacher']);
    await create(DEMO_ACCOUNTS.examiner, 'Yann Examinateur', ['examiner']);
    await manager.insert(TutorAssignment, { tutorId: tutor.user.id, candidateId: camille.user.id });
    await manager.insert(TeacherCohort, { teacherId: teacher.user.id, cohortId: cohort.id });
  }
}
