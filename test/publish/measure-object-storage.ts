import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCatalog } from '@catalog/content-models/generator/catalog.ts';
import { writeSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { generatedSourceSteps, timeLimitChange } from '../../scripts/lib/incremental/generated-source.ts';
import { pageRenderer } from '../../scripts/lib/incremental/renderer.ts';
import { publishSite } from '../../scripts/lib/publish-site.ts';
import { remoteReleasesFromEnv } from '../../scripts/lib/release-store/config.ts';
import { releasePaths } from '../../scripts/lib/release-store/release-files.ts';
import { releaseStore, sparesSettled } from '../../scripts/lib/releases.ts';
import { startTestS3 } from './s3-server.ts';

/**
 * What uploading releases to object storage costs: a full publication and one approval (real
 * build, search index and warm renderer) of a generated catalog into s3rver on loopback, with the
 * requests counted. Not a test; run by hand (the figures are in README, Deploying the public site):
 *
 *   npx tsx test/publish/measure-object-storage.ts 2000
 */
const items = Number(process.argv[2] ?? 2000);
const root = await mkdtemp(join(tmpdir(), 'measure-object-storage-'));
const s3 = await startTestS3(['measure-site']);
const local = releaseStore(join(root, 'site'));
const store = releaseStore(local.root, { remote: remoteReleasesFromEnv(local.releasesDir, { ...s3.env, RELEASE_STORE: 's3://measure-site/public' }) });
const generated = generateCatalog({ items, seed: 5 });
await writeSnapshot(join(root, 'generated'), generated);
const renderer = pageRenderer();
const source = generatedSourceSteps(join(root, 'generated'), renderer, { silentBuild: true });
const counts = () => {
  const writes = s3.requests.filter((r) => r.method === 'PUT');
  return `PUT ${writes.filter((r) => !r.copy).length}, COPY ${writes.filter((r) => r.copy).length}`;
};

const full = await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: source.steps, mode: 'full' });
const files = await releasePaths(join(local.releasesDir, full.version));
console.log(`${items} items, ${files.length} files: full ${full.status}, ${counts()}; ${full.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);

s3.requests.length = 0;
source.edit(timeLimitChange([...generated.items].filter((i) => i.status === 'active')[3]!, '2026-11-20T08:00:00.000Z'));
const approval = await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: source.steps, mode: 'incremental' });
console.log(`approval (${approval.mode}) ${approval.status}, ${counts()}; ${approval.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);

await renderer.stop();
await sparesSettled(store);
await s3.stop();
await rm(root, { recursive: true, force: true });
