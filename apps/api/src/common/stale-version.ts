import { DomainError } from './domain-error.js';

/** What was edited: the resources that carry a version (optimistic locking). */
export type VersionedResource =
  'account' | 'bilan' | 'dossier' | 'evaluation' | 'examSession' | 'period' | 'trace';

/** 409 for an edit sent with a version that is no longer the stored one. */
export function staleVersion(resource: VersionedResource, current: number): DomainError {
  return new DomainError('STALE_VERSION', { resource, version: current });
}
