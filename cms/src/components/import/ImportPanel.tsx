'use client';
import { Button, useAuth } from '@payloadcms/ui';
import { useEffect, useRef, useState } from 'react';

interface Problem {
  sheet: string;
  row?: number;
  column?: string;
  item?: string;
  value: string;
  message: string;
}

interface Finding extends Problem {
  severity: 'error' | 'warning';
}

interface Progress {
  id: string;
  mode: 'dry-run' | 'import';
  status: 'running' | 'passed' | 'problems' | 'imported' | 'failed';
  phaseLabel?: string;
  done?: number;
  total?: number;
  added?: number;
  changed?: number;
  unchanged?: number;
  problemCount?: number;
  problems?: Problem[];
  findings?: Finding[];
  findingCount?: number;
  blockingFindingCount?: number;
  message?: string;
}

const shownProblems = 500;
const pollMs = 1000;
const cellStyle = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '0.25rem 0.5rem', verticalAlign: 'top' } as const;
const headStyle = { textAlign: 'left', borderBottom: '1px solid var(--theme-elevation-250)', padding: '0.25rem 0.5rem' } as const;

/** The column part of a place: a whole-row entry says so rather than showing a bare dash. */
function columnText(entry: Problem): string {
  if (entry.column) return entry.column;
  if (entry.row !== undefined) return '（整行）';
  return entry.item ? '（该事项在本表没有行）' : '（整个工作表）';
}

function placeCells(entry: Problem): (string | number)[] {
  return [entry.sheet, entry.row ?? '—', entry.item ?? '—', columnText(entry), entry.value === '' ? '（空）' : entry.value];
}

/** One table of problems or findings: 工作表 / 行 / 事项 / 列 / 值 / 说明, findings with their kind first. */
function EntryTable({ caption, entries, total, withKind }: { caption: string; entries: Finding[] | Problem[]; total: number; withKind: boolean }) {
  const headers = [...(withKind ? ['类别'] : []), '工作表', '行', '事项', '列', '值', '说明'];
  return (
    <div style={{ overflowX: 'auto', marginTop: '1rem' }}>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left' }}>{caption}（共 {total} 条{entries.length > shownProblems ? `，显示前 ${shownProblems} 条` : ''}）</caption>
        <thead>
          <tr>{headers.map((h) => <th key={h} scope="col" style={headStyle}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {entries.slice(0, shownProblems).map((entry, index) => (
            <tr key={index}>
              {[...(withKind ? [(entry as Finding).severity === 'error' ? '须补充' : '提示'] : []), ...placeCells(entry), entry.message].map((cell, i) => (
                <td key={i} style={cellStyle}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * 导入梳理表, above the import records: download the template, upload a workbook for a check (试运行),
 * read the problem table, then confirm the import of the same file. Both steps run on the server and
 * report progress, polled here once a second.
 */
export function ImportPanel() {
  const { user } = useAuth<{ roles?: string[] }>();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const roles = user?.roles ?? [];
  if (!roles.includes('admin') && !roles.includes('editor')) return null;

  const poll = async (id: string) => {
    try {
      const response = await fetch(`/api/imports/${id}/progress`, { credentials: 'include' });
      const body = (await response.json()) as Progress & { errors?: { message: string }[] };
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `请求失败（${response.status}）`);
      setProgress(body);
      if (body.status === 'running') timer.current = setTimeout(() => void poll(id), pollMs);
    } catch (failure) {
      setError(`无法读取进度：${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  const start = async (mode: 'dry-run' | 'import') => {
    if (!file) return;
    setError(null);
    setProgress(null);
    const form = new FormData();
    form.append('file', file);
    try {
      const response = await fetch(`/api/imports/start?mode=${mode}`, { method: 'POST', body: form, credentials: 'include' });
      const body = (await response.json()) as { id?: string; errors?: { message: string }[] };
      if (!response.ok || !body.id) throw new Error(body.errors?.[0]?.message ?? `请求失败（${response.status}）`);
      setProgress({ id: body.id, mode, status: 'running', phaseLabel: '上传完成，开始处理', done: 0, total: 1 });
      void poll(body.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const running = progress?.status === 'running';
  const percent = progress?.total ? Math.floor(((progress.done ?? 0) / progress.total) * 100) : 0;
  const problems = progress?.problems ?? [];
  const findings = progress?.findings ?? [];
  return (
    <section aria-labelledby="import-panel-title" style={{ marginBottom: '2rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h2 id="import-panel-title" style={{ marginTop: 0 }}>导入梳理表</h2>
      <p>
        1. <a href="/api/imports/template" download>下载导入模板</a>（每个工作表的列都有填写说明）；2. 选择填好的 xlsx 文件，先“检查”；3. 没有须修改的问题后“确认导入”。
        {roles.includes('admin') ? '管理员可导入任何单位的事项。' : '只能导入本单位的事项。'}内容完整的事项作为单位报送（一报）进入审核，不会直接发布；质量检查有“须补充”的事项存为草稿（动态调整），在管理后台补充后提交。重复导入同一文件不会重复提交。
      </p>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          选择梳理表：
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={running} onChange={(event) => { setFile(event.target.files?.[0] ?? null); setProgress(null); }} />
        </label>
        <Button buttonStyle="secondary" margin={false} disabled={!file || running} onClick={() => void start('dry-run')}>检查（试运行）</Button>
        <Button margin={false} disabled={!file || running || !(progress?.mode === 'dry-run' && progress.status === 'passed')} onClick={() => void start('import')}>确认导入</Button>
      </div>
      {error && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
      {progress && (
        <div role="status" aria-live="polite" style={{ marginTop: '1rem' }}>
          {running ? (
            <>
              <p>{progress.mode === 'import' ? '正在导入' : '正在检查'}：{progress.phaseLabel}　{progress.done ?? 0} / {progress.total ?? 0}（{percent}%）</p>
              <progress max={progress.total || 1} value={progress.done ?? 0} style={{ width: '100%' }} aria-label="导入进度" />
            </>
          ) : (
            <p style={{ fontWeight: 'bold', color: progress.status === 'problems' || progress.status === 'failed' ? 'var(--theme-error-500)' : undefined }}>{progress.message}</p>
          )}
        </div>
      )}
      {problems.length > 0 && <EntryTable caption="问题清单：须修改后才能导入" entries={problems} total={progress?.problemCount ?? problems.length} withKind={false} />}
      {findings.length > 0 && (
        <EntryTable
          caption="质量检查：不影响导入；有“须补充”的事项存为草稿，请在管理后台补充后提交审核"
          entries={findings}
          total={progress?.findingCount ?? findings.length}
          withKind
        />
      )}
    </section>
  );
}
