import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../storage/object-storage.service.js';
import type { HealthStatus, PartStatus } from './health.dto.js';

const PROBE_TIMEOUT_MS = 3_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
  ) {}

  async check(): Promise<HealthStatus> {
    const [db, storage] = await Promise.all([this.database(), this.objectStorage()]);
    return { status: db === 'up' && storage === 'up' ? 'ok' : 'error', db, storage };
  }

  private async database(): Promise<PartStatus> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), PROBE_TIMEOUT_MS);
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async objectStorage(): Promise<PartStatus> {
    return (await this.storage.isReachable(PROBE_TIMEOUT_MS)) ? 'up' : 'down';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
