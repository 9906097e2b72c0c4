'use client';
import { useAllFormFields } from '@payloadcms/ui';
import { checkGuide, type Finding, type RepealedLaw } from '@catalog/content-models/quality/index.ts';
import { reduceFieldsToValues } from 'payload/shared';
import { useEffect, useMemo, useState } from 'react';
import { findingField } from '../guide/findingField.ts';
import { toRepealedLaw } from '../laws/toRepealedLaw.ts';
import { toGuideDraft } from '../guide/toGuideDraft.ts';

type Doc = Record<string, unknown>;

/** Loads a related document the findings need (catalog item, unit, region) through the REST API. */
function useRelated(collection: string, value: unknown): Doc | null {
  const id = value && typeof value === 'object' ? (value as Doc).id : value;
  const [doc, setDoc] = useState<Doc | null>(null);
  useEffect(() => {
    if (id === undefined || id === null || id === '') return setDoc(null);
    let live = true;
    fetch(`/api/${collection}/${String(id)}?depth=0&draft=true`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((json: Doc | null) => live && setDoc(json))
      .catch(() => live && setDoc(null));
    return () => {
      live = false;
    };
  }, [collection, id]);
  return doc;
}

/** The law register's 已废止 entries, so citations of them are found as the editor types. */
function useRepealedLaws(): RepealedLaw[] {
  const [laws, setLaws] = useState<RepealedLaw[]>([]);
  useEffect(() => {
    let live = true;
    fetch('/api/laws?where[status][equals]=repealed&pagination=false&depth=0', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((json: { docs?: Doc[] }) => live && setLaws((json.docs ?? []).map(toRepealedLaw)))
      .catch(() => live && setLaws([]));
    return () => {
      live = false;
    };
  }, []);
  return laws;
}

/**
 * 质量检查: the content-models quality rules run on what the editor has typed, before saving,
 * each finding naming the field it concerns.
 */
export function QualityFindings() {
  const [fields] = useAllFormFields();
  const data = useMemo(() => reduceFieldsToValues(fields, true) as Doc, [fields]);
  const catalogItem = useRelated('catalog-items', data.catalogItem);
  const unit = useRelated('units', data.unit);
  const region = useRelated('regions', data.region);
  const repealedLaws = useRepealedLaws();
  const findings: Finding[] = useMemo(
    () => checkGuide(toGuideDraft({ implementation: data, catalogItem, unit, region }), { repealedLaws }),
    [data, catalogItem, unit, region, repealedLaws],
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section aria-labelledby="quality-findings-title" style={{ marginBottom: '1.5rem' }}>
      <h4 id="quality-findings-title">质量检查</h4>
      {findings.length === 0 ? (
        <p>未发现问题，可以提交审核。</p>
      ) : (
        <>
          <p>
            {errors > 0 ? `${errors} 项必须改正后才能提交审核` : '没有阻止提交的问题'}，共 {findings.length} 项：
          </p>
          <ul style={{ paddingLeft: '1.2rem' }}>
            {findings.map((finding, index) => (
              <li key={`${finding.rule}-${finding.path}-${index}`} style={{ marginBottom: '0.5rem' }}>
                <strong>{finding.severity === 'error' ? '【须改正】' : '【提示】'}</strong>
                {finding.message}
                <br />
                <small>字段：{findingField(finding.path)}</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
