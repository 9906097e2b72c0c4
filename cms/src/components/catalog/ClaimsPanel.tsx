'use client';
import { Button, useAuth } from '@payloadcms/ui';
import { useEffect, useState } from 'react';

interface ItemRef {
  itemId: string;
  name: string;
  basicCode: string;
  regionCode: string;
}

interface UnitLine {
  unitId: string;
  unitName: string;
  missing: ItemRef[];
  counts: { claimed: number; missing: number; deviating: number };
}

interface County {
  code: string;
  name: string;
  referenceItems: number;
  units: UnitLine[];
  unassigned: ItemRef[];
}

interface Report {
  region: { code: string; name: string };
  regionNames: Record<string, string>;
  counties: County[];
}

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '0.25rem 0.5rem', textAlign: 'left', verticalAlign: 'top' } as const;
const box = { marginBottom: '1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 } as const;
const errorOf = (body: any, fallback: string): string => body?.errors?.[0]?.message ?? fallback;

/**
 * 认领情况, above the catalog items list: per county and unit how many reference items (参考目录 of
 * the province, the city and the county) are claimed (已认领), not claimed (未认领) and claimed but no
 * longer as the catalog states them (与目录不一致), with the download. Reviewers and administrators
 * choose the region; an editor sees their own unit and claims a missing item from here.
 */
export function ClaimsPanel() {
  const { user } = useAuth<{ roles?: string[]; unit?: unknown }>();
  const roles = user?.roles ?? [];
  const seesAll = roles.includes('reviewer') || roles.includes('admin');
  const ownUnit = !seesAll && (roles.includes('editor') || roles.includes('unit-head'));
  const [code, setCode] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const query = (format?: string) => {
    const params = new URLSearchParams();
    if (code.trim()) params.set('region', code.trim());
    if (format) params.set('format', format);
    return `/api/catalog-items/claims-report?${params.toString()}`;
  };

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(query(), { credentials: 'include' });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(errorOf(body, '读取认领情况失败'));
      setReport(body as Report);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const claim = async (item: ItemRef) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const response = await fetch(`/api/catalog-items/${item.itemId}/claim`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(errorOf(body, '认领失败'));
      setNotice(body.message ?? '已认领');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
    await load();
  };

  // A unit's own view needs no region: it opens on the unit's county, once the user is known.
  useEffect(() => {
    if (ownUnit) void load();
  }, [ownUnit]);

  if (!seesAll && !ownUnit) return null;
  const canClaim = roles.includes('editor') && !seesAll;
  return (
    <section aria-labelledby="claims-title" style={box}>
      <h2 id="claims-title" style={{ marginTop: 0 }}>参考目录认领情况</h2>
      <p style={{ marginTop: 0 }}>
        省、市、县各级目录清单中的事项，由下级区县的对口单位认领，编入本单位的实施清单（认领后为草稿，补全办事指南并经“新增”审核后公布）。
      </p>
      {seesAll && (
        <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
          <label>
            区划代码：
            <input value={code} onChange={(event) => setCode(event.target.value)} inputMode="numeric" placeholder="省、市或区县，如 330300" style={{ width: '12rem' }} />
          </label>
          <Button buttonStyle="secondary" size="small" disabled={busy || code.trim() === ''} onClick={() => void load()}>统计</Button>
        </div>
      )}
      {busy && <p role="status">正在统计……</p>}
      {error && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
      {notice && <p role="status">{notice}</p>}
      {report && (
        <>
          <p>
            {report.region.name}（{report.region.code}）·{' '}
            <a href={query('xlsx')} download>下载 Excel</a> · <a href={query('csv')} download>下载 CSV</a>
          </p>
          {report.counties.length === 0 && <p>该区划下没有区县。</p>}
          {report.counties.map((county) => (
            <div key={county.code}>
              <h3>
                {county.name}（参考目录事项 {county.referenceItems} 项{county.unassigned.length > 0 ? `，未落实对口单位 ${county.unassigned.length} 项` : ''}）
              </h3>
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th scope="col" style={cell}>单位</th>
                    <th scope="col" style={cell}>已认领</th>
                    <th scope="col" style={cell}>未认领</th>
                    <th scope="col" style={cell}>与目录不一致</th>
                  </tr>
                </thead>
                <tbody>
                  {county.units.map((unit) => (
                    <tr key={unit.unitId}>
                      <th scope="row" style={cell}>{unit.unitName}</th>
                      <td style={cell}>{unit.counts.claimed}</td>
                      <td style={cell}>
                        {unit.counts.missing}
                        {canClaim && unit.missing.length > 0 && (
                          <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
                            {unit.missing.map((item) => (
                              <li key={item.itemId}>
                                {item.name}（{report.regionNames[item.regionCode] ?? item.regionCode}目录，{item.basicCode}）{' '}
                                <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void claim(item)}>认领</Button>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td style={cell}>{unit.counts.deviating}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
