import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../support/postgres.ts';

/** One PostgreSQL cluster for the whole project run; each test file gets its own database in it. */
export default async function setup(project: TestProject) {
  const postgres = await startPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    databaseKind: 'sqlite' | 'postgres';
  }
}
