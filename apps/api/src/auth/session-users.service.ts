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
    return user ? toActor(user) : null;
  }
}

export function toActor(user: User): Actor {
  return {
    id: user.id,
    establishmentId: user.establishmentId,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
  };
}
