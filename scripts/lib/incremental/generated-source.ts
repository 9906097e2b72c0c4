import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { beijingDay, type Consultation, type PublicAdjustment, type PublicItem, type Region, type SiteSettings, type UnitRef } from '@catalog/content-models';
import { readSnapshotIndex, readTrustedSnapshotFile } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { writeSnapshotDelta } from '../../../cms/src/publish/snapshotDelta.ts';
import { astroBuild } from '../astro-build.ts';
import { runCommand } from '../child-process.ts';
import { incrementalSteps } from '../publish-steps.ts';
import type { PublishSteps } from '../publish-site.ts';
import { buildSearchIndex } from '../search-index.ts';
import type { PageRenderer } from './renderer.ts';

/** Edits of a snapshot as an approval would publish them: items written anew plus their log entries. */
export interface SnapshotEdit {
  items: PublicItem[];
  adjustments: PublicAdjustment[];
}

let serial = 0;
/** A published adjustment log entry for an edited item, as the CMS export writes it. */
export function logEntry(item: PublicItem, kind: PublicAdjustment['kind'], reason: string, publishedAt: string): PublicAdjustment {
  serial += 1;
  return {
    id: `edit-${process.pid}-${serial}`,
    kind,
    implementationCode: item.implementationCode,
    itemName: item.name,
    unitName: item.unit.name,
    reason,
    effectiveDate: beijingDay(publishedAt),
    publishedAt,
    changes: [],
  };
}

/** A typical approved 变更: the promised time limit of one item changes, logged and added to its history. */
export function timeLimitChange(item: PublicItem, publishedAt: string): SnapshotEdit {
  const edited: PublicItem = { ...item, promisedDays: ((item.promisedDays ?? 0) % 29) + 1, updatedAt: publishedAt };
  const entry = logEntry(edited, 'change', '压缩承诺办结时限', publishedAt);
  return { items: [{ ...edited, history: [entry, ...item.history], version: item.version + 1 }], adjustments: [entry] };
}

/**
 * Publishing steps over snapshots that do not come from the CMS (generated catalogs): the full
 * path copies `source`; the incremental path applies the next queued edit to the live snapshot
 * with the same writer the CMS export uses. For the benchmark and the equivalence test.
 */
export function generatedSourceSteps(source: string, renderer: PageRenderer, options: { onLine?: (line: string) => void; silentBuild?: boolean } = {}) {
  const edits: SnapshotEdit[] = [];
  const steps: PublishSteps = {
    async exportSnapshot(dir) {
      await cp(source, dir, { recursive: true });
      return { items: (await readSnapshotIndex(dir)).meta.counts.items };
    },
    async buildSite(snapshotDir, outDir) {
      const build = astroBuild(snapshotDir, outDir, { silent: options.silentBuild });
      try {
        await runCommand('生成静态网站', build.command, build.args, { cwd: build.cwd, env: build.env, onLine: options.onLine });
      } finally {
        build.cleanup();
      }
    },
    async indexSearch(snapshotDir, outDir) {
      await buildSearchIndex({ snapshotDir, siteDir: outDir });
    },
    incremental: incrementalSteps(renderer, options.onLine, async (previousDir, dir, version) => {
      const edit = edits.shift();
      if (!edit) return { ok: false, reason: '没有待发布的修改' };
      // Only the small index files are needed: read as written, as the CMS's export reads its previous
      // snapshot (validating the 100,000-entry catalog here cost the bench's clock seconds the CMS never pays).
      const trusted = <T,>(file: string) => readTrustedSnapshotFile<T>(previousDir, file);
      const previous = { units: await trusted<UnitRef[]>('units.json'), regions: await trusted<Region[]>('regions.json'), settings: await trusted<SiteSettings>('settings.json'), consultations: await trusted<Consultation[]>('consultations.json') };
      const replaced = new Set(edit.adjustments.map((a) => a.id));
      // The unchanged log entries are copied as written, as the CMS's export does: parsed, their keys
      // come back in the schema's order, and every notice page would count as changed on the
      // first run after a full build (230 of 273 pages written at 1,000 items).
      const previousLog = await readTrustedSnapshotFile<PublicAdjustment[]>(previousDir, 'adjustments.json');
      const result = await writeSnapshotDelta(previousDir, dir, {
        items: edit.items,
        units: previous.units,
        regions: previous.regions,
        settings: previous.settings,
        consultations: previous.consultations,
        adjustments: [...edit.adjustments, ...previousLog.filter((a) => !replaced.has(a.id))].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)),
        siteVersion: version,
      });
      if (!result.ok) return result;
      return { ...result, skipped: [] };
    }),
  };
  return {
    steps,
    /** Queues the edit the next incremental run publishes. */
    edit(edit: SnapshotEdit) {
      edits.push(edit);
    },
    /** Where a snapshot of the same content as the last incremental one can be copied from, for a full build of it. */
    sourceFor: (snapshotsDir: string, version: string) => join(snapshotsDir, version),
  };
}
