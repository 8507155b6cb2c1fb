import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Environment } from '../config/environment.js';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    /** Epoch ms of the login; the absolute expiry counts from it. */
    authenticatedAt?: number;
  }
}

export const SESSION_COOKIE = 'sno.sid';

/**
 * The session secret: SESSION_SECRET, or (outside production) one generated once and kept in
 * DATA_DIR so that sessions survive restarts of the embedded default.
 */
export async function sessionSecret(env: Environment): Promise<string> {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const dir = resolve(env.DATA_DIR);
  const file = join(dir, 'session-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(dir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    await writeFile(file, secret, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}

/**
 * Server-side sessions in PostgreSQL (table http_session), so any replica serves any user.
 * The cookie is HttpOnly, SameSite=Lax, Secure when the request came over HTTPS; the session ends
 * after SESSION_IDLE_MINUTES without use (rolling expiry) or SESSION_ABSOLUTE_HOURS after login.
 */
export function sessionMiddleware(
  env: Environment,
  dataSource: DataSource,
  secret: string,
): { sessions: RequestHandler; absoluteExpiry: RequestHandler } {
  const PgStore = connectPgSimple(session);
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const idleMs = env.SESSION_IDLE_MINUTES * 60_000;
  const absoluteMs = env.SESSION_ABSOLUTE_HOURS * 3_600_000;

  const store = new PgStore({
    pool,
    tableName: 'http_session',
    createTableIfMissing: false,
    pruneSessionInterval: 15 * 60,
    errorLog: () => undefined,
  });
  const sessions = session({
    name: SESSION_COOKIE,
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: env.TRUST_PROXY,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: idleMs, path: '/' },
  });

  const absoluteExpiry = (req: Request, _res: Response, next: NextFunction) => {
    const at = req.session?.authenticatedAt;
    if (at && Date.now() - at > absoluteMs) {
      req.session.destroy(() => next());
      return;
    }
    next();
  };
  return { sessions, absoluteExpiry };
}
