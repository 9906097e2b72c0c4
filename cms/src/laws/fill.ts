import { citesEntry, registerCandidates } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { inTransaction } from '../organization/regions.ts';
import { text, type Doc } from '../workflow/docs.ts';
import { loadCitingDocs } from './citing.ts';

export interface FillResult {
  created: number;
  existing: number;
  names: string[];
}

/**
 * 从目录引用生成: one register entry per distinct instrument cited anywhere in the catalog that the
 * register does not hold yet (by key or 文号). Only what citations say is written — the name and
 * a cited 文号; 效力级别 and 时效性 stay empty (未填写) for an administrator to fill. Running it again
 * creates nothing new. One transaction: all entries or none.
 */
export async function fillRegister(req: PayloadRequest): Promise<FillResult> {
  const docs = await loadCitingDocs(req, false);
  const candidates = registerCandidates(docs.flatMap((doc) => doc.citations));
  return inTransaction(req, async () => {
    const laws = (await req.payload.find({ collection: 'laws', depth: 0, limit: 0, pagination: false, overrideAccess: true, req })).docs as unknown as Doc[];
    const entries = laws.map((law) => ({ key: String(law.key ?? ''), documentNumber: text(law.documentNumber) ?? null }));
    const names: string[] = [];
    let existing = 0;
    for (const candidate of candidates) {
      const asCitation = { name: candidate.name, key: candidate.key, ...(candidate.documentNumber ? { documentNumber: { text: candidate.documentNumber, serial: 0 } } : {}) };
      if (entries.some((entry) => citesEntry(asCitation, entry))) {
        existing += 1;
        continue;
      }
      await req.payload.create({ collection: 'laws', data: { name: candidate.name, ...(candidate.documentNumber ? { documentNumber: candidate.documentNumber } : {}) } as never, depth: 0, overrideAccess: true, req });
      entries.push({ key: candidate.key, documentNumber: candidate.documentNumber ?? null });
      names.push(candidate.name);
    }
    return { created: names.length, existing, names };
  });
}
