import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';

export type TokenPurpose = 'invitation' | 'password_reset';

export const LIFETIME_HOURS: Record<TokenPurpose, number> = {
  invitation: 24 * 14,
  password_reset: 2,
};

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** One-time links (invitation, password reset). Only a hash is stored; a token works once. */
@Injectable()
export class OneTimeTokens {
  constructor(private readonly db: DataSource) {}

  async issue(
    userId: string,
    purpose: TokenPurpose,
    createdBy: string | null,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at, created_by)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5)`,
      [userId, purpose, sha256(token), LIFETIME_HOURS[purpose], createdBy],
    );
    return token;
  }

  /** Whether the user has an unused token of this purpose issued less than `minutes` ago. */
  async pending(
    userId: string,
    purpose: TokenPurpose,
    minutes: number,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM one_time_token
       WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
         AND created_at > now() - make_interval(mins => $3)`,
      [userId, purpose, minutes],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The user a valid, unused token belongs to, without using it up. */
  async peek(
    token: string,
    purpose: TokenPurpose,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const rows = (await manager.query(
      `SELECT user_id FROM one_time_token
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [sha256(token), purpose],
    )) as { user_id: string }[];
    if (!rows[0]) throw invalidLink();
    return rows[0].user_id;
  }

  /** Uses the token up (inside the caller's transaction) and returns its user. */
  async consume(token: string, purpose: TokenPurpose, manager: EntityManager): Promise<string> {
    const rows = (await manager.query(
      `UPDATE one_time_token SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [sha256(token), purpose],
    )) as [{ user_id: string }[], number] | { user_id: string }[];
    const list = Array.isArray(rows[0])
      ? (rows[0] as { user_id: string }[])
      : (rows as { user_id: string }[]);
    if (!list[0]) throw invalidLink();
    // Other pending links of the same kind stop working too.
    await manager.query(
      `UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [list[0].user_id, purpose],
    );
    return list[0].user_id;
  }

  /** Marks the user's pending links used: all of them, or those of one purpose. */
  async revoke(
    userId: string,
    purpose: TokenPurpose | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE one_time_token SET used_at = now()
       WHERE user_id = $1 AND used_at IS NULL AND ($2::text IS NULL OR purpose = $2)`,
      [userId, purpose],
    );
  }
}

export function invalidLink(): DomainError {
  return new DomainError('LINK_INVALID');
}
