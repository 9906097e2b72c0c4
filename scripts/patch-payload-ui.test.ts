import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs (it runs as npm's postinstall, before TypeScript tooling exists)
import { marker, patches, patchText } from './patch-payload-ui.mjs';

const ui = resolve(import.meta.dirname, '../node_modules/@payloadcms/ui');
const edits = (file: string) => patches.find((p: { file: string }) => p.file === file).edits;

describe('the @payloadcms/ui patch (edit-lock dialog, lock icon, formatDate in Beijing time)', () => {
  it('is applied to the installed package: no en-US lock time, the editor by displayLabel, formatDate in Asia/Shanghai', () => {
    const client = readFileSync(resolve(ui, 'dist/exports/client/index.js'), 'utf8');
    expect(client.startsWith(marker)).toBe(true);
    expect(client).not.toContain('DateTimeFormat("en-US"');
    expect(client.match(/\.displayLabel \?\?/g)).toHaveLength(2);
    expect(client).toMatch(/new [\w$]+\(new Date\([\w$]+\),"Asia\/Shanghai"\)/);
    expect(readFileSync(resolve(ui, 'dist/exports/shared/index.js'), 'utf8')).toContain('"Asia/Shanghai");if(');
  });

  it('rewrites the upstream shapes it knows', () => {
    const minified =
      'JY=t=>t?new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"}).format(new Date(t)):"";' +
      'b=hg(l)?l.email??l.id:`${u("general:user")}: ${l}`;l=hg(n)?n.email??n.id:i("general:anotherUser");' +
      'var zr=({date:t,i18n:e,pattern:o,timezone:n})=>{let r=new ao(new Date(t));if(n){let s=ao.tz(n),i=r.withTimeZone(n)';
    const patched = patchText('client', minified, edits('dist/exports/client/index.js'));
    expect(patched).toContain('new Intl.DateTimeFormat("zh-CN",{timeZone:"Asia/Shanghai"');
    expect(patched).toContain('hg(l) ? l.displayLabel ?? l.email ?? l.id :');
    expect(patched).toContain('hg(n) ? n.displayLabel ?? n.email ?? n.id :');
    expect(patched).toContain('let r=new ao(new Date(t),"Asia/Shanghai");if(n){let s=ao.tz(n)');
    expect(patchText('client', patched, edits('dist/exports/client/index.js'))).toBe(patched);
  });

  it('fails loudly, naming the file and the edit, when upstream changed', () => {
    const changed = 'JY=t=>t?new Intl.DateTimeFormat("en-GB",{}).format(new Date(t)):""';
    expect(() => patchText('dist/exports/client/index.js', changed, edits('dist/exports/client/index.js'))).toThrow(
      /dist\/exports\/client\/index\.js 中「edit-lock time in Beijing」应出现 1 次，实际 0 次/,
    );
  });
});
