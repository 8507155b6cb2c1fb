import { type Locale, localeFromAcceptLanguage } from '@dossier-sno/i18n';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { User } from '../users/user.entity.js';
import type { Actor } from './actor.js';

/** Resolves the session's person on each request, so deactivation and role changes apply at once. */
@Injectable()
export class SessionUsers {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async actorOf(req: Request): Promise<Actor | null> {
    const userId = req.session?.userId;
    if (!userId) return null;
    const user = await this.users.findOneBy({ id: userId, active: true });
    if (!user) return null;
    const asked = req.headers['accept-language'];
    return toActor(user, asked ? localeFromAcceptLanguage(asked) : user.locale);
  }
}

/** `locale`: the request's language, else the person's own. */
export function toActor(user: User, locale: Locale = user.locale): Actor {
  return {
    id: user.id,
    establishmentId: user.establishmentId,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale,
  };
}
