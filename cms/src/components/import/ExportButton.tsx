'use client';
import { usePathname, useSearchParams } from 'next/navigation';

/**
 * 导出 Excel above an admin list: downloads what the list shows now (its filter and search, all
 * pages) as xlsx. Items and guides come in the 梳理表 layout, so the file can be edited and imported
 * again; other lists as a plain table. The server applies the user's read access.
 */
export function ExportButton() {
  const pathname = usePathname();
  const search = useSearchParams();
  const slug = pathname.split('/').filter(Boolean).at(-1) ?? '';
  const params = new URLSearchParams();
  for (const [key, value] of search.entries()) if (key.startsWith('where') || key === 'search') params.append(key, value);
  const href = `/api/imports/export/${encodeURIComponent(slug)}${params.size ? `?${params.toString()}` : ''}`;
  const layout = slug === 'implementations' || slug === 'catalog-items' ? '（梳理表格式，可修改后导入）' : '';
  return (
    <div style={{ marginBottom: '1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        导出 Excel
      </a>
      <span style={{ marginLeft: '0.75rem', color: 'var(--theme-elevation-500)' }}>按当前筛选条件导出全部记录{layout}</span>
    </div>
  );
}
