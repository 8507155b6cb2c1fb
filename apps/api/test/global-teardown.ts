// Jest loads global setup/teardown as CommonJS, outside moduleNameMapper: no .js suffix here.
import { releaseRun } from './support/run-resources';

export default async function globalTeardown(): Promise<void> {
  await releaseRun();
}
