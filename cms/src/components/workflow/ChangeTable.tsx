import type { FieldChange } from '@catalog/content-models';

const kinds: Record<FieldChange['kind'], string> = { added: '新增', removed: '删除', changed: '修改' };

/** 与已发布版本的差异: one row per changed field, before and after, as content-models' diff states it. */
export function ChangeTable({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <p>与已发布版本相比没有内容变化。</p>;
  return (
    <>
      <h5>与已发布版本的差异（{changes.length} 处）</h5>
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '0.85em' }}>
        <thead>
          <tr>
            <th scope="col">字段</th>
            <th scope="col">变化</th>
            <th scope="col">原内容</th>
            <th scope="col">新内容</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
              <th scope="row" style={{ textAlign: 'left' }}>{change.label}</th>
              <td>{kinds[change.kind]}</td>
              <td>{change.before ?? '—'}</td>
              <td>{change.after ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
