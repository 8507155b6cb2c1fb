import { provisionRun } from './support/run-resources.js';

export default async function globalSetup(): Promise<void> {
  await provisionRun();
}
