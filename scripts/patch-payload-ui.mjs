// Patches @payloadcms/ui 3.90.2 after `npm install` (root package.json `postinstall`), and fails the
// install loudly when the upstream code no longer looks as expected.
//
// Why a patch: Payload 3.90 has no config route for these displays (checked: collection
// `admin.components` has no slot for the edit-lock dialog or for the list's lock icon, and every
// date shown by Payload goes through one `formatDate` that uses the browser's time zone unless a
// field stores its own zone — `timezone: true` adds a `_tz` column to every date field and a zone
// picker to every form). Replacing the whole edit view to swap the dialog would copy far more of
// Payload than these three one-line changes. So:
//   1. the edit-lock dialog's 「上次编辑时间」: zh-CN in Asia/Shanghai instead of a hard-coded en-US
//      format in the browser's zone;
//   2. the dialog and the list's lock icon name the editor by `displayLabel` (「姓名（单位）」, a
//      virtual field of users) before `email`;
//   3. `formatDate` (list cells, 创建/修改时间, titles that are dates) without a stored zone formats
//      in Asia/Shanghai, so a browser in UTC or New York shows Beijing times.
// Files are replaced by rename, never written in place: node_modules may be hard-linked copies
// shared with other checkouts. Run again: already patched files are left alone.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version whose code the edits below were written against. */
export const writtenFor = '3.90.2';

const beijingLockTime = 'new Intl.DateTimeFormat("zh-CN",{timeZone:"Asia/Shanghai",year:"numeric",month:"long",day:"numeric",hour:"2-digit",minute:"2-digit",hourCycle:"h23"})';

/** Each edit: what upstream has (a string or a global regex), its replacement, how often it must occur. */
const lockTimeBundled = {
  name: 'edit-lock time in Beijing',
  find: 'new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"})',
  replace: beijingLockTime,
  count: 1,
};
const lockTimeSource = {
  name: 'edit-lock time in Beijing',
  find: /new Intl\.DateTimeFormat\('en-US', \{\s*day: 'numeric',\s*hour: 'numeric',\s*hour12: true,\s*minute: 'numeric',\s*month: 'short',\s*year: 'numeric'\s*\}\)/g,
  replace: beijingLockTime,
  count: 1,
};
const editorLabel = (count) => ({
  name: 'editor named 姓名（单位）',
  find: /([\w$]+)\(([\w$]+)\)\s*\?\s*\2\.email\s*\?\?\s*\2\.id\s*:/g,
  replace: '$1($2) ? $2.displayLabel ?? $2.email ?? $2.id :',
  count,
});
const formatDateBundled = {
  name: 'formatDate in Beijing time',
  find: /let ([\w$]+)=new ([\w$]+)\(new Date\(([\w$]+)\)\);if\(([\w$]+)\)\{let ([\w$]+)=\2\.tz\(\4\)/g,
  replace: 'let $1=new $2(new Date($3),"Asia/Shanghai");if($4){let $5=$2.tz($4)',
  count: 1,
};
const formatDateSource = {
  name: 'formatDate in Beijing time',
  find: 'const theDate = new TZDate(new Date(date));',
  replace: 'const theDate = new TZDate(new Date(date), "Asia/Shanghai");',
  count: 1,
};

export const patches = [
  { file: 'dist/exports/client/index.js', edits: [lockTimeBundled, editorLabel(2), formatDateBundled] },
  { file: 'dist/exports/shared/index.js', edits: [formatDateBundled] },
  { file: 'dist/elements/DocumentLocked/index.js', edits: [lockTimeSource, editorLabel(1)] },
  { file: 'dist/elements/Locked/index.js', edits: [editorLabel(1)] },
  { file: 'dist/utilities/formatDocTitle/formatDateTitle.js', edits: [formatDateSource] },
];

export const marker = '/* catalog: patched by scripts/patch-payload-ui.mjs */\n';

function occurrences(text, find) {
  return typeof find === 'string' ? text.split(find).length - 1 : [...text.matchAll(find)].length;
}

/** The patched text, or an Error naming the file and the edit that no longer matches upstream. */
export function patchText(file, text, edits) {
  if (text.startsWith(marker)) return text;
  let out = text;
  for (const edit of edits) {
    const found = occurrences(out, edit.find);
    if (found !== edit.count) {
      throw new Error(
        `@payloadcms/ui 补丁无法应用：${file} 中「${edit.name}」应出现 ${edit.count} 次，实际 ${found} 次。` +
          `上游代码已变化（升级了 Payload？），请检查 scripts/patch-payload-ui.mjs 是否仍然需要、如何调整。`,
      );
    }
    out = typeof edit.find === 'string' ? out.split(edit.find).join(edit.replace) : out.replace(edit.find, edit.replace);
  }
  return marker + out;
}

export function patchPayloadUi(root) {
  const ui = join(root, 'node_modules/@payloadcms/ui');
  if (!existsSync(join(ui, 'package.json'))) return [];
  // Not gated on the version: each edit checks the exact upstream code it changes, so another
  // version with the same code is patched and one with different code stops the install.
  const version = JSON.parse(readFileSync(join(ui, 'package.json'), 'utf8')).version;
  const changed = [];
  for (const { file, edits } of patches) {
    const path = join(ui, file);
    const text = readFileSync(path, 'utf8');
    const patched = patchText(`${file}（@payloadcms/ui ${version}，补丁按 ${writtenFor} 编写）`, text, edits);
    if (patched === text) continue;
    // A new file renamed over the old one: a hard-linked original elsewhere stays untouched.
    const temp = `${path}.catalog-patch`;
    writeFileSync(temp, patched);
    renameSync(temp, path);
    changed.push(file);
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const changed = patchPayloadUi(root);
    console.log(changed.length ? `@payloadcms/ui 已打补丁：${changed.join('，')}` : '@payloadcms/ui 补丁已是最新。');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
