'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';

const reviewRounds = ['一审', '二审', '审核'] as const;

/**
 * 导出 Excel above an admin list: downloads what the list shows now (its filter and search, all
 * pages) as xlsx. Items and guides come in the 梳理表 layout, so the file can be edited and imported
 * again; other lists as a plain table. Items and guides also get 导出审核表, the printable per-unit
 * table for the paper review rounds. The server applies the user's read access.
 */
export function ExportButton() {
  const pathname = usePathname();
  const search = useSearchParams();
  const [round, setRound] = useState<string>(reviewRounds[0]);
  const slug = pathname.split('/').filter(Boolean).at(-1) ?? '';
  const params = new URLSearchParams();
  for (const [key, value] of search.entries()) if (key.startsWith('where') || key === 'search') params.append(key, value);
  const href = `/api/imports/export/${encodeURIComponent(slug)}${params.size ? `?${params.toString()}` : ''}`;
  const guides = slug === 'implementations' || slug === 'catalog-items';
  const reviewParams = new URLSearchParams(params);
  reviewParams.set('round', round);
  const reviewHref = `/api/imports/review/${encodeURIComponent(slug)}?${reviewParams.toString()}`;
  return (
    <div style={{ marginBottom: '1rem', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.75rem' }}>
      <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={href} download>
        导出 Excel
      </a>
      <span style={{ color: 'var(--theme-elevation-500)' }}>按当前筛选条件导出全部记录{guides ? '（梳理表格式，可修改后导入）' : ''}</span>
      {guides && (
        <>
          <label style={{ marginLeft: '1rem' }}>
            审核轮次{' '}
            <select value={round} onChange={(event) => setRound(event.target.value)}>
              {reviewRounds.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={reviewHref} download>
            导出审核表（按单位分表，A4 打印）
          </a>
        </>
      )}
    </div>
  );
}
