import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { openCms } from '../../../scripts/lib/open-cms.ts';
import { pipelinePublisher, startPublishWorker } from '../../../scripts/lib/publish-queue.ts';
import { exportSnapshot } from '../../../cms/src/publish/exportSnapshot.ts';
import { releaseStore } from '../../../scripts/lib/releases.ts';

/**
 * One publish worker of the topology test: the real queue, lease, job, export, release store and
 * atomic switch of `npm run publish:worker`, on the shared SITE_DATA_DIR. Only the Astro build
 * and the search index are stood in for: the "site" is the exported snapshot copied after
 * TOPOLOGY_BUILD_MS, long enough to kill a worker mid-publication, short enough for the test.
 */
const payload = await openCms();
const root = process.env.SITE_DATA_DIR!;
const buildMs = Number(process.env.TOPOLOGY_BUILD_MS ?? 3000);
const say = (message: string) => console.log(`[发布 ${process.pid}] ${message}`);
const store = releaseStore(root);
const publisher = pipelinePublisher({
  store,
  snapshotsDir: join(root, 'snapshots'),
  steps: () => {
    return {
      // The export of scripts/lib/publish-steps.ts, without loading Astro and Pagefind.
      async exportSnapshot(snapshotDir, version) {
        const { meta } = await exportSnapshot(payload, snapshotDir, { siteVersion: version });
        return { items: meta.counts.items };
      },
      async buildSite(snapshotDir, outDir) {
        say(`BUILDING ${outDir}`);
        await new Promise((done) => setTimeout(done, buildMs));
        await cp(snapshotDir, outDir, { recursive: true });
      },
      async indexSearch() {},
    };
  },
});
startPublishWorker(payload, publisher, { store, intervalMs: Number(process.env.PUBLISH_POLL_MS ?? 200), say, onLeaseLost: () => process.exit(1) });
say('READY');
