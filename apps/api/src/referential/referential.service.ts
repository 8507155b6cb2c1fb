import { referential, referentials, type Referential } from '@dossier-sno/referential';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ReferentialVersion } from './referential-version.entity.js';

@Injectable()
export class ReferentialService implements OnModuleInit {
  constructor(
    @InjectRepository(ReferentialVersion)
    private readonly versions: Repository<ReferentialVersion>,
  ) {}

  /** Records every version this build knows, so cohorts and traces can refer to it. */
  async onModuleInit(): Promise<void> {
    await this.versions
      .createQueryBuilder()
      .insert()
      .values(Object.values(referentials).map((r) => ({ id: r.version, title: r.title })))
      .orIgnore()
      .execute();
  }

  current(): Referential {
    return referential;
  }
}
