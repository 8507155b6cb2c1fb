// Jest loads global setup/teardown as CommonJS, outside moduleNameMapper: no .js suffix here.
import { provisionRun } from './support/run-resources';

export default async function globalSetup(): Promise<void> {
  await provisionRun();
}
