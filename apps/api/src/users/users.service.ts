import { DEFAULT_LOCALE } from '@dossier-sno/i18n';
import { modeForStatus } from '@dossier-sno/referential';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { OneTimeTokens } from '../auth/one-time-tokens.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { AuditLog } from '../audit/audit.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { scopeUsers } from '../policy/scopes.js';
import { AccountLinks, type CreatedAccount, linkStillValid } from './account-links.service.js';
import { lockAccountEmail } from './account-email-lock.js';
import { CandidateProfile } from './candidate-profile.entity.js';
import type { Role } from './role.js';
import { TutorAssignment } from './tutor-assignment.entity.js';
import type { CreateInvitationDto } from '../auth/auth.dto.js';
import type {
  AccessLinkView,
  CreatedView,
  CreateUserDto,
  UpdateUserDto,
  UserPage,
  UserQueryDto,
  UserView,
} from './user.dto.js';
import { User } from './user.entity.js';
import { staleVersion } from '../common/stale-version.js';
import { DomainError } from '../common/domain-error.js';

export interface NewAccount {
  email: string;
  displayName: string;
  roles: Role[];
  password?: string;
  candidate?: { cohortId: string; status: CandidateProfile['status']; positionne: boolean };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokens,
    private readonly links: AccountLinks,
    private readonly audit: AuditLog,
  ) {}

  /** Admin creates an account in their establishment; without a password, an invitation is e-mailed. */
  async create(actor: Actor, dto: CreateUserDto): Promise<UserView> {
    const candidate = dto.roles.includes('candidate')
      ? {
          cohortId: required(dto.cohortId, 'cohortId'),
          status: required(dto.candidateStatus, 'candidateStatus'),
          positionne: dto.positionne ?? false,
        }
      : undefined;
    if (candidate) await this.assertCohortOf(actor.establishmentId, candidate.cohortId);
    const created = await this.db.transaction((manager) =>
      this.createAccount(manager, actor, actor.establishmentId, {
        email: dto.email,
        displayName: dto.displayName,
        roles: dto.roles,
        password: dto.password,
        candidate,
      }),
    );
    await this.links.sendInvitations(actor, [created]);
    return this.view(actor, created.user.id);
  }

  /**
   * Creates one account (and its candidate profile) inside `manager`'s transaction; shared by
   * single creation, CSV import, invitations and the seed. Without a password, an invitation token
   * is issued: pass the result to sendInvitations once the transaction has committed.
   */
  async createAccount(
    manager: EntityManager,
    actor: Actor | null,
    establishmentId: string,
    account: NewAccount,
  ): Promise<CreatedAccount> {
    await lockAccountEmail(manager, account.email);
    const taken = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: account.email })
      .getExists();
    if (taken) {
      throw new DomainError('ACCOUNT_EXISTS', { email: account.email });
    }
    const user = await manager.getRepository(User).save(
      manager.getRepository(User).create({
        establishmentId,
        email: account.email,
        displayName: account.displayName,
        roles: account.roles,
        active: true,
        // Until its owner chooses, the language of whoever created it (French for the seed).
        locale: actor?.locale ?? DEFAULT_LOCALE,
        passwordHash: account.password ? await this.hasher.hash(account.password) : null,
      }),
    );
    if (account.candidate) {
      await manager
        .getRepository(CandidateProfile)
        .insert({ userId: user.id, ...account.candidate });
    }
    await this.audit.record(
      {
        action: 'user.created',
        actor,
        establishmentId,
        subjectType: 'user',
        subjectId: user.id,
        details: { roles: account.roles },
      },
      manager,
    );
    const invitationToken = account.password
      ? null
      : await this.tokens.issue(user.id, 'invitation', actor?.id ?? null, manager);
    return { user, invitationToken };
  }

  /** An admin or teacher invites a tutor or an examiner; a tutor may be given candidates to follow. */
  async invite(actor: Actor, dto: CreateInvitationDto): Promise<CreatedView> {
    const candidateIds = dto.role === 'tutor' ? [...new Set(dto.candidateIds ?? [])] : [];
    await this.policy.requireAccess(actor, Permission.CandidateManage, candidateIds);
    const created = await this.db.transaction(async (manager) => {
      const account = await this.createAccount(manager, actor, actor.establishmentId, {
        email: dto.email,
        displayName: dto.displayName,
        roles: [dto.role],
      });
      for (const candidateId of candidateIds) {
        await manager
          .getRepository(TutorAssignment)
          .insert({ tutorId: account.user.id, candidateId });
      }
      return account;
    });
    await this.audit.record({
      action: 'user.invited',
      actor,
      subjectType: 'user',
      subjectId: created.user.id,
      details: { role: dto.role, candidateIds },
    });
    await this.links.sendInvitations(actor, [created]);
    return { id: created.user.id };
  }

  async list(actor: Actor, query: UserQueryDto): Promise<UserPage> {
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    scopeUsers(qb, actor);
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.cohortId) {
      qb.andWhere('u.id IN (SELECT user_id FROM candidate_profile WHERE cohort_id = :cohortId)', {
        cohortId: query.cohortId,
      });
    }
    if (query.q) {
      qb.andWhere('(u.display_name ILIKE :q OR u.email ILIKE :q)', {
        q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [users, total] = await qb
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: await this.views(actor, users),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: Actor, userId: string, ip?: string): Promise<UserView> {
    await this.policy.requireAccess(actor, Permission.UserRead, [userId]);
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    if (user.roles.includes('candidate'))
      await this.audit.recordRead(actor, user.id, 'profile', ip);
    return (await this.views(actor, [user]))[0]!;
  }

  async update(actor: Actor, userId: string, dto: UpdateUserDto): Promise<UserView> {
    const accountChange =
      dto.email !== undefined || dto.displayName !== undefined || dto.roles !== undefined;
    await this.policy.requireAccess(
      actor,
      accountChange ? Permission.UserManage : Permission.CandidateManage,
      [userId],
    );
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    if (user.version !== dto.version) throw staleVersion('account', user.version);

    await this.db.transaction(async (manager) => {
      if (dto.email && dto.email.toLowerCase() !== user.email.toLowerCase()) {
        const taken = await manager
          .getRepository(User)
          .createQueryBuilder('u')
          .where('lower(u.email) = lower(:email) AND u.id <> :id', {
            email: dto.email,
            id: user.id,
          })
          .getExists();
        if (taken) throw new DomainError('ACCOUNT_EXISTS', { email: dto.email });
      }
      const roles = dto.roles ?? user.roles;
      const profile = await manager.getRepository(CandidateProfile).findOneBy({ userId: user.id });
      const wantsProfile = dto.cohortId ?? dto.candidateStatus ?? dto.positionne;
      if (wantsProfile !== undefined && !roles.includes('candidate')) {
        throw new DomainError('EXAM_PROFILE_CANDIDATE_ONLY');
      }
      if (roles.includes('candidate')) {
        const cohortId = dto.cohortId ?? profile?.cohortId;
        const status = dto.candidateStatus ?? profile?.status;
        if (dto.cohortId) await this.assertCohortOf(actor.establishmentId, dto.cohortId);
        await manager.getRepository(CandidateProfile).save({
          userId: user.id,
          cohortId: required(cohortId, 'cohortId'),
          status: required(status, 'candidateStatus'),
          positionne: dto.positionne ?? profile?.positionne ?? false,
        });
      }
      // Optimistic lock: the row changes only if nobody changed it since it was read.
      const result = await manager
        .createQueryBuilder()
        .update(User)
        .set({
          ...(dto.email !== undefined && { email: dto.email }),
          ...(dto.displayName !== undefined && { displayName: dto.displayName }),
          roles,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id AND version = :version', { id: user.id, version: dto.version })
        .execute();
      if (result.affected !== 1) throw staleVersion('account', user.version);
      if (dto.roles && !sameSet(dto.roles, user.roles)) {
        await this.audit.record(
          {
            action: 'user.roles_changed',
            actor,
            subjectType: 'user',
            subjectId: user.id,
            details: { from: user.roles, to: dto.roles },
          },
          manager,
        );
      }
      await this.audit.record(
        {
          action: 'user.updated',
          actor,
          subjectType: 'user',
          subjectId: user.id,
          details: { fields: Object.keys(dto).filter((k) => k !== 'version') },
        },
        manager,
      );
    });
    return this.view(actor, user.id);
  }

  /**
   * An admin e-mails a person the link they need: a new invitation while they never set a
   * password, else a password reset. 409 when the account is deactivated or a link is still fresh.
   */
  async sendAccessLink(actor: Actor, userId: string): Promise<AccessLinkView> {
    await this.policy.requireAccess(actor, Permission.UserManage, [userId]);
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOneOrFail();
    if (!user.active) {
      throw new DomainError('ACCOUNT_DEACTIVATED', { name: user.displayName });
    }
    const kind = user.passwordHash ? 'password_reset' : 'invitation';
    if (!(await this.links.send(user, kind, actor))) throw linkStillValid(user.email);
    await this.audit.record({
      action: kind === 'invitation' ? 'user.invitation_resent' : 'user.password_reset_sent',
      actor,
      subjectType: 'user',
      subjectId: user.id,
    });
    return { kind, email: user.email };
  }

  /** Deactivated accounts cannot sign in; their sessions end now. Data is kept (retention rules). */
  async deactivate(actor: Actor, userId: string): Promise<UserView> {
    await this.policy.requireAccess(actor, Permission.UserManage, [userId]);
    if (userId === actor.id) {
      throw new DomainError('CANNOT_DEACTIVATE_SELF');
    }
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: userId }, { active: false, version: () => 'version + 1' });
      await manager.query(`DELETE FROM http_session WHERE sess->>'userId' = $1`, [userId]);
      // Pending invitation and reset links must not revive the account.
      await this.tokens.revoke(userId, null, manager);
      await this.audit.record(
        { action: 'user.deactivated', actor, subjectType: 'user', subjectId: userId },
        manager,
      );
    });
    return this.view(actor, userId);
  }

  async view(actor: Actor, userId: string): Promise<UserView> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    return (await this.views(actor, [user]))[0]!;
  }

  private async views(actor: Actor, users: User[]): Promise<UserView[]> {
    if (users.length === 0) return [];
    const ids = users.map((u) => u.id);
    const [profiles, tutors, secrets] = await Promise.all([
      this.db.getRepository(CandidateProfile).findBy({ userId: In(ids) }),
      this.db.getRepository(TutorAssignment).findBy({ candidateId: In(ids) }),
      this.db.query(`SELECT id FROM app_user WHERE id = ANY($1) AND password_hash IS NOT NULL`, [
        ids,
      ]) as Promise<{ id: string }[]>,
    ]);
    const activated = new Set(secrets.map((s) => s.id));
    return users.map((u) => {
      const profile = profiles.find((p) => p.userId === u.id);
      return {
        id: u.id,
        email: u.email,
        displayName: u.displayName,
        roles: u.roles,
        active: u.active,
        establishmentId: u.establishmentId,
        candidate: profile
          ? {
              cohortId: profile.cohortId,
              status: profile.status,
              mode: modeForStatus(profile.status),
              positionne: profile.positionne,
            }
          : null,
        tutorIds: this.policy.tutorIdsVisibleTo(
          actor,
          u.id,
          tutors.filter((t) => t.candidateId === u.id).map((t) => t.tutorId),
        ),
        activated: activated.has(u.id),
        version: u.version,
        createdAt: u.createdAt,
      };
    });
  }

  private async assertCohortOf(establishmentId: string, cohortId: string): Promise<void> {
    const found = await this.db.getRepository(Cohort).existsBy({ id: cohortId, establishmentId });
    if (!found) {
      throw new DomainError('UNKNOWN_COHORT', { cohortId });
    }
  }
}

function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) {
    throw new DomainError('CANDIDATE_FIELD_REQUIRED', { field });
  }
  return value;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
