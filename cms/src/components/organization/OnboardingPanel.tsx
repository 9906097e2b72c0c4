'use client';
import { Button, useAuth } from '@payloadcms/ui';
import { useState } from 'react';

interface Problem {
  sheet: string;
  row?: number;
  column?: string;
  value: string;
  message: string;
}

interface Invitation {
  name: string;
  email: string;
  url: string;
  expiresAt: string;
}

interface Changes {
  added: string[];
  changed: string[];
  unchanged: string[];
}

interface OrganizationReport {
  status: 'passed' | 'problems' | 'imported' | 'failed';
  message: string;
  problems: Problem[];
  warnings: Problem[];
  units: Changes;
  accounts: Changes;
  invitations: Invitation[];
}

interface RegionReport {
  status: 'passed' | 'loaded' | 'failed';
  message: string;
  warnings: string[];
}

const levels = [
  ['', '默认（县、乡镇到村，市到乡镇，省到县）'],
  ['county', '到县（区）'],
  ['town', '到乡镇（街道）'],
  ['village', '到社区（村）'],
] as const;
const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '0.25rem 0.5rem', verticalAlign: 'top' } as const;
const box = { marginBottom: '1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 } as const;

async function send(url: string, init: RequestInit): Promise<{ ok: boolean; body: any }> {
  const response = await fetch(url, { ...init, credentials: 'include' });
  const body = await response.json().catch(() => ({}));
  return { ok: response.ok || response.status === 422, body };
}

const errorOf = (body: any, fallback: string): string => body?.errors?.[0]?.message ?? fallback;

/**
 * 新区县上线, above the units list (administrators only): load the national division codes of a
 * county or city (行政区划), then check and import the 组织机构表 (单位、账号). The invitation links
 * of new accounts are shown here once; passwords are never in the sheet.
 */
export function OnboardingPanel() {
  const { user } = useAuth<{ roles?: string[] }>();
  const [code, setCode] = useState('');
  const [downTo, setDownTo] = useState('');
  const [regions, setRegions] = useState<RegionReport | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<OrganizationReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!(user?.roles ?? []).includes('admin')) return null;

  const loadRegions = async (mode: 'dry-run' | 'load') => {
    setBusy(true);
    setError(null);
    try {
      const { ok, body } = await send('/api/regions/load', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: code.trim(), downTo: downTo || undefined, mode }) });
      if (!ok) throw new Error(errorOf(body, '载入行政区划失败'));
      setRegions(body as RegionReport);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const importSheet = async (mode: 'dry-run' | 'import') => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const form = new FormData();
    form.append('file', file);
    try {
      const { ok, body } = await send(`/api/units/organization/import?mode=${mode}`, { method: 'POST', body: form });
      if (!ok) throw new Error(errorOf(body, '导入失败'));
      setReport(body as OrganizationReport);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const listed = [...(report?.problems ?? []), ...(report?.warnings ?? [])];
  return (
    <section aria-labelledby="onboarding-title" style={box}>
      <h2 id="onboarding-title" style={{ marginTop: 0 }}>新区县上线：行政区划、单位和账号</h2>
      <h3>1. 载入行政区划（国家统计局区划代码）</h3>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          区划代码：
          <input value={code} onChange={(event) => setCode(event.target.value)} inputMode="numeric" placeholder="如 330326" style={{ width: '8rem' }} />
        </label>
        <label>
          载入到：
          <select value={downTo} onChange={(event) => setDownTo(event.target.value)}>
            {levels.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <Button buttonStyle="secondary" margin={false} disabled={busy || code.trim() === ''} onClick={() => void loadRegions('dry-run')}>检查</Button>
        <Button margin={false} disabled={busy || !(regions?.status === 'passed')} onClick={() => void loadRegions('load')}>载入</Button>
      </div>
      {regions && (
        <div role="status" style={{ marginTop: '0.5rem' }}>
          <p>{regions.message}</p>
          {regions.warnings.length > 0 && <ul>{regions.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
        </div>
      )}

      <h3>2. 导入组织机构表（单位、账号）</h3>
      <p>
        <a href="/api/units/organization/template" download>下载组织机构导入模板</a>。表中不填密码：新账号的设置密码链接只在导入完成时显示一次，请逐一转交本人。
      </p>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          选择组织机构表：
          <input type="file" accept=".xlsx" disabled={busy} onChange={(event) => { setFile(event.target.files?.[0] ?? null); setReport(null); }} />
        </label>
        <Button buttonStyle="secondary" margin={false} disabled={busy || !file} onClick={() => void importSheet('dry-run')}>检查（试运行）</Button>
        <Button margin={false} disabled={busy || !file || report?.status !== 'passed'} onClick={() => void importSheet('import')}>确认导入</Button>
      </div>
      {error && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
      {busy && <p role="status">正在处理，请稍候…</p>}
      {report && (
        <div role="status" aria-live="polite" style={{ marginTop: '1rem' }}>
          <p style={{ fontWeight: 'bold', color: report.status === 'problems' || report.status === 'failed' ? 'var(--theme-error-500)' : undefined }}>{report.message}</p>
          {listed.length > 0 && (
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <caption style={{ textAlign: 'left' }}>问题与提示（共 {listed.length} 条）</caption>
              <thead>
                <tr>{['类别', '工作表', '行', '列', '值', '说明'].map((h) => <th key={h} scope="col" style={{ ...cell, textAlign: 'left' }}>{h}</th>)}</tr>
              </thead>
              <tbody>
                {listed.map((p, i) => (
                  <tr key={i}>
                    {[i < report.problems.length ? '须修改' : '提示', p.sheet, p.row ?? '—', p.column ?? (p.row === undefined ? '（整个工作表）' : '（整行）'), p.value === '' ? '（空）' : p.value, p.message].map((c, j) => <td key={j} style={cell}>{c}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.invitations.length > 0 && (
            <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '1rem' }}>
              <caption style={{ textAlign: 'left' }}>新账号的设置密码链接（只显示这一次，请复制后转交本人）</caption>
              <thead>
                <tr>{['姓名', '登录邮箱', '设置密码链接', '有效期至（北京时间）'].map((h) => <th key={h} scope="col" style={{ ...cell, textAlign: 'left' }}>{h}</th>)}</tr>
              </thead>
              <tbody>
                {report.invitations.map((invitation) => (
                  <tr key={invitation.email}>
                    <td style={cell}>{invitation.name}</td>
                    <td style={cell}>{invitation.email}</td>
                    <td style={{ ...cell, wordBreak: 'break-all' }}>{invitation.url}</td>
                    <td style={cell}>{invitation.expiresAt}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
