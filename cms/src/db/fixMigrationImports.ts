import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cmsRoot } from '../env.ts';

/**
 * `payload migrate:create` writes `import { MigrateUpArgs, MigrateDownArgs, sql }` and
 * extension-less relative imports. The config imports the migrations statically (next start runs
 * them), and under Node's ESM loader (tsx, Vitest) type names must be marked `type` and relative
 * imports need `.ts`. Run after every migrate:create (the npm script does).
 */
for (const db of ['sqlite', 'postgres']) {
  const dir = resolve(cmsRoot, 'src/migrations', db);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = before
      .replace(
        /^import \{ MigrateUpArgs, MigrateDownArgs, sql \} from '(@payloadcms\/db-[a-z]+)'/m,
        "import { sql, type MigrateDownArgs, type MigrateUpArgs } from '$1'",
      )
      .replace(/from '\.\/([\w-]+)';/g, "from './$1.ts';");
    if (after !== before) {
      writeFileSync(path, after);
      console.log(`已修正迁移文件的导入：${path}`);
    }
  }
}
