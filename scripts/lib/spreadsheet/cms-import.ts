import { readFile } from 'node:fs/promises';
import { formatFinding, formatProblem } from '../../../content-models/src/spreadsheet/index.ts';
import { phaseLabels } from '../../../cms/src/import/progress.ts';
import type { ImportMode, ImportReport } from '../../../cms/src/import/service.ts';
import { UsageError } from './cli-args.ts';

/**
 * `npm run import -- --cms --as <email>`: the same import the admin runs, through Payload's Local API
 * on DATABASE_URL, acting as that user (their role and unit rules apply). Returns the exit code.
 * The database adapter never pushes a schema here (cms/src/db/adapter.ts): migrations only.
 */
export async function importIntoCms(file: string, userEmail: string, mode: ImportMode, limits: { maxBytes?: number; maxRows?: number }): Promise<number> {
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../../cms/src/payload.config.ts');
  const { runImport } = await import('../../../cms/src/import/service.ts');
  const payload = await getPayload({ config });
  try {
    const found = await payload.find({ collection: 'users', where: { email: { equals: userEmail } }, limit: 1, depth: 0, overrideAccess: true });
    const user = found.docs[0];
    if (!user) throw new UsageError(`参数 --as：系统中没有邮箱为“${userEmail}”的用户`);
    let shown = '';
    const report: ImportReport = await runImport(payload, user as never, {
      mode,
      bytes: new Uint8Array(await readFile(file)),
      fileName: file.split('/').pop(),
      ...limits,
      onProgress({ phase, done, total }) {
        const line = `  ${phaseLabels[phase]}：${done} / ${total}（${total ? Math.floor((done / total) * 100) : 100}%）`;
        const step = `${phase}:${total ? Math.floor((done / total) * 10) : 10}`;
        if (step !== shown) console.log(line);
        shown = step;
      },
    });
    for (const problem of report.problems) console.log(formatProblem(problem));
    if (report.findings.length > 0) console.log('质量检查（不阻止导入；【须补充】的事项存为草稿，请在管理后台补充后提交审核）：');
    for (const finding of report.findings) console.log(formatFinding(finding));
    console.log(report.message);
    return report.status === 'passed' || report.status === 'imported' ? 0 : 1;
  } finally {
    await payload.destroy();
  }
}
