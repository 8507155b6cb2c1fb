import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { type AccountMailContext, accountMails } from '../auth/account-mails.js';
import { RESET_RESEND_MINUTES } from '../auth/auth-limits.js';
import {
  LIFETIME_HOURS,
  OneTimeTokens,
  type TokenPurpose,
} from '../auth/one-time-tokens.service.js';
import { Establishment } from '../cohorts/establishment.entity.js';
import { publicLink } from '../common/public-link.js';
import type { Environment } from '../config/environment.js';
import { Mailer } from '../mail/mailer.service.js';
import { invitationPurpose } from './invitation-purpose.js';
import type { User } from './user.entity.js';
import { DomainError } from '../common/domain-error.js';

/** An account created in a transaction, with the invitation token to e-mail once it committed. */
export interface CreatedAccount {
  user: User;
  invitationToken: string | null;
}

const PAGES: Record<TokenPurpose, string> = {
  invitation: '/invitation',
  password_reset: '/mot-de-passe/nouveau',
};

/** The one-time links of accounts (invitation, password reset) and the e-mails that carry them. */
@Injectable()
export class AccountLinks {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: OneTimeTokens,
    private readonly mailer: Mailer,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  /** E-mails the invitation links of freshly created accounts (after their transaction committed). */
  async sendInvitations(actor: Actor | null, accounts: CreatedAccount[]): Promise<void> {
    for (const { user, invitationToken } of accounts) {
      if (invitationToken) await this.mail(user, 'invitation', invitationToken, actor);
    }
  }

  /**
   * Issues a new link of `purpose` and e-mails it, unless one was issued less than
   * RESET_RESEND_MINUTES ago (then answers false: that one is still valid). A new invitation
   * replaces the older ones. The account's row lock orders concurrent requests.
   */
  async send(user: User, purpose: TokenPurpose, actor: Actor | null): Promise<boolean> {
    const token = await this.db.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [user.id]);
      if (await this.tokens.pending(user.id, purpose, RESET_RESEND_MINUTES, manager)) return null;
      if (purpose === 'invitation') await this.tokens.revoke(user.id, purpose, manager);
      return this.tokens.issue(user.id, purpose, actor?.id ?? null, manager);
    });
    if (!token) return false;
    try {
      await this.mail(user, purpose, token, actor);
    } catch (error) {
      // A link nobody received must not hold back the next request.
      await this.tokens.revoke(user.id, purpose, this.db.manager);
      throw error;
    }
    return true;
  }

  private async mail(
    user: User,
    purpose: TokenPurpose,
    token: string,
    actor: Actor | null,
  ): Promise<void> {
    const establishment = await this.db
      .getRepository(Establishment)
      .findOneByOrFail({ id: user.establishmentId });
    const context: AccountMailContext = {
      recipient: user,
      establishment: establishment.name,
      sender: actor,
      link: publicLink(this.config, PAGES[purpose], token),
      hours: LIFETIME_HOURS[purpose],
    };
    await this.mailer.send(
      purpose === 'invitation'
        ? accountMails.invitation(context, await invitationPurpose(this.db.manager, user))
        : accountMails.passwordReset(context),
    );
  }
}

/** The 409 of a link asked again within RESET_RESEND_MINUTES. */
export function linkStillValid(email: string): DomainError {
  return new DomainError('LINK_RECENTLY_SENT', { email, minutes: RESET_RESEND_MINUTES });
}
