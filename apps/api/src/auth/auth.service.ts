import type { Locale } from '@dossier-sno/i18n';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit.service.js';
import { User } from '../users/user.entity.js';
import { AccountLinks } from '../users/account-links.service.js';
import type { Actor } from './actor.js';
import type {
  ChangePasswordDto,
  InvitationAcceptedView,
  InvitationPreviewView,
  LoginDto,
  SessionUserView,
  TokenWithPasswordDto,
} from './auth.dto.js';
import { csrf } from './csrf.js';
import { LOGIN_FAILURES, loginRules, PASSWORD_RESETS, passwordResetRules } from './auth-limits.js';
import { invalidLink, OneTimeTokens } from './one-time-tokens.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RateLimiter } from '../limits/rate-limiter.service.js';
import { toActor } from './session-users.service.js';
import { DomainError } from '../common/domain-error.js';

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both cases take the same time. */
  private decoyHash: Promise<string>;

  constructor(
    private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly tokens: OneTimeTokens,
    private readonly links: AccountLinks,
    private readonly audit: AuditLog,
  ) {
    this.decoyHash = hasher.hash('decoy password that matches nothing');
  }

  async login(req: Request, dto: LoginDto): Promise<SessionUserView> {
    const ip = req.ip ?? 'unknown';
    // Every attempt is counted as a failure before the password is checked, so a burst cannot
    // get more guesses evaluated than the limit; a success takes its count back.
    const rules = loginRules(dto.email, ip);
    await this.limiter.hit(LOGIN_FAILURES, rules);
    const user = await this.withHash(dto.email);
    const ok = await this.hasher.verify(user?.passwordHash ?? (await this.decoyHash), dto.password);
    if (!user || !ok || !user.active || !user.passwordHash) {
      await this.audit.record({
        action: 'auth.login_failed',
        establishmentId: user?.establishmentId ?? null,
        subjectType: 'user',
        subjectId: user?.id,
        ip,
      });
      // The same answer whether the e-mail exists or not, so accounts cannot be discovered.
      throw new DomainError('BAD_CREDENTIALS');
    }
    await this.limiter.forgive(LOGIN_FAILURES, rules);
    await this.startSession(req, user);
    await this.audit.record({ action: 'auth.login', actor: toActor(user), ip });
    return sessionUser(user);
  }

  async logout(req: Request, actor: Actor): Promise<void> {
    await this.audit.record({ action: 'auth.logout', actor, ip: req.ip });
    await new Promise<void>((resolve, reject) =>
      req.session.destroy((error: unknown) => (error ? reject(error) : resolve())),
    );
  }

  /** A fresh CSRF token bound to the caller's session (creating the session if needed). */
  csrfToken(req: Request): string {
    return csrf.generateToken(req);
  }

  /** The token of a signed-in session; none for anonymous callers, so they never create a session. */
  sessionCsrfToken(req: Request): string | null {
    return req.session.userId ? csrf.generateToken(req) : null;
  }

  async changePassword(req: Request, actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.withHash(actor.email);
    if (
      !user?.passwordHash ||
      !(await this.hasher.verify(user.passwordHash, dto.currentPassword))
    ) {
      throw new DomainError('CURRENT_PASSWORD_WRONG');
    }
    await this.setPassword(user.id, dto.newPassword, req.sessionID);
    await this.audit.record({ action: 'auth.password_changed', actor, ip: req.ip });
  }

  async saveLocale(actor: Actor, locale: Locale): Promise<void> {
    // Not a change of the account's data: its version (the admin form's optimistic lock) stays.
    await this.db.query(`UPDATE app_user SET locale = $1 WHERE id = $2`, [locale, actor.id]);
  }

  /** Always answers the same, whether the e-mail is known or not. */
  async requestPasswordReset(req: Request, email: string): Promise<void> {
    await this.limiter.hit(PASSWORD_RESETS, passwordResetRules(email, req.ip ?? 'unknown'));
    const user = await this.withHash(email);
    if (!user?.active) return;
    if (!(await this.links.send(user, 'password_reset', null))) return;
    await this.audit.record({
      action: 'auth.password_reset_requested',
      actor: toActor(user),
      ip: req.ip,
    });
  }

  async resetPassword(req: Request, dto: TokenWithPasswordDto): Promise<void> {
    const userId = await this.db.transaction((manager) =>
      this.tokens.consume(dto.token, 'password_reset', manager),
    );
    await this.setPassword(userId, dto.password, null);
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    await this.audit.record({ action: 'auth.password_reset', actor: toActor(user), ip: req.ip });
  }

  async previewInvitation(token: string): Promise<InvitationPreviewView> {
    const userId = await this.tokens.peek(token, 'invitation');
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    return { email: user.email, displayName: user.displayName, roles: user.roles };
  }

  /** Sets the password of an invited person and signs them in. */
  async acceptInvitation(req: Request, dto: TokenWithPasswordDto): Promise<InvitationAcceptedView> {
    // A deactivated account keeps its link unused and its password unset (else 500 after both).
    const userId = await this.db.transaction(async (manager) => {
      const owner = await this.tokens.peek(dto.token, 'invitation', manager);
      if (!(await manager.existsBy(User, { id: owner, active: true }))) throw invalidLink();
      return this.tokens.consume(dto.token, 'invitation', manager);
    });
    await this.setPassword(userId, dto.password, null);
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId, active: true });
    await this.startSession(req, user);
    await this.audit.record({
      action: 'auth.invitation_accepted',
      actor: toActor(user),
      ip: req.ip,
    });
    return { ...sessionUser(user), landing: '/' };
  }

  private async startSession(req: Request, user: User): Promise<void> {
    // A new session id at login defeats session fixation.
    await new Promise<void>((resolve, reject) =>
      req.session.regenerate((error: unknown) => (error ? reject(error) : resolve())),
    );
    req.session.userId = user.id;
    req.session.authenticatedAt = Date.now();
  }

  /** Sets a password and ends every other session of that person. */
  private async setPassword(
    userId: string,
    password: string,
    keepSessionId: string | null,
  ): Promise<void> {
    const hash = await this.hasher.hash(password);
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: userId }, { passwordHash: hash });
      // A reset link mailed before the change must not undo it.
      await this.tokens.revoke(userId, 'password_reset', manager);
      await manager.query(`DELETE FROM http_session WHERE sess->>'userId' = $1 AND sid <> $2`, [
        userId,
        keepSessionId ?? '',
      ]);
    });
  }

  private withHash(email: string): Promise<User | null> {
    return this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }
}

export function sessionUser(
  user: Pick<User, 'id' | 'email' | 'displayName' | 'roles'>,
): SessionUserView {
  return { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
}
