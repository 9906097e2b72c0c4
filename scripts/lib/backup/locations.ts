import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cmsRoot, mediaDir } from '../../../cms/src/env.ts';
import { releaseStore, type ReleaseStore } from '../releases.ts';
import { databaseTarget, type DatabaseTarget } from './database-kind.ts';

export const repoRoot = resolve(import.meta.dirname, '../../..');

/** Where this installation keeps its data, read from the environment as the CMS and the publisher read it. */
export interface Locations {
  database: DatabaseTarget;
  mediaDir: string;
  site: ReleaseStore;
  snapshotsDir: string;
}

export function locationsFromEnv(): Locations {
  const siteRoot = resolve(repoRoot, process.env.SITE_DATA_DIR ?? 'data/site');
  return {
    database: databaseTarget(process.env.DATABASE_URL, cmsRoot),
    mediaDir: mediaDir(),
    site: releaseStore(siteRoot),
    snapshotsDir: resolve(siteRoot, 'snapshots'),
  };
}

export function appVersion(): string {
  return (JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
