import { releaseRun } from './support/run-resources.js';

export default async function globalTeardown(): Promise<void> {
  await releaseRun();
}
