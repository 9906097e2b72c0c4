import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * For move-database.test.ts, imported before anything opens the CMS: the database this file was
 * given (PostgreSQL, see database.ts) becomes the move's target, and the CMS the test fills runs on
 * a SQLite file built by the committed migrations, as a county's `npm start` builds it.
 */
export const targetUrl = process.env.DATABASE_URL!;
if (!/^postgres/.test(targetUrl)) throw new Error('move-database.test.ts runs in the cms-postgres project only');
/** Removed by move-database.test.ts once the CMS on it is closed. */
export const sourceDir = mkdtempSync(join(tmpdir(), 'move-source-'));
export const sourceUrl = `file:${join(sourceDir, 'catalog.db')}`;
process.env.DATABASE_URL = sourceUrl;
process.env.PAYLOAD_MIGRATE = '1';
