import { consultationWindow, regionAncestors, stageDueAt, type FileRef, type PublicItem, type Region, type UnitRef } from '@catalog/content-models';
import { generateCatalog } from '@catalog/content-models/generator/index.ts';
import { createLocalReq, type Payload } from 'payload';
import { buildProposal } from '../workflow/proposal.ts';
import { catalogItemData, implementationData } from './demoDocs.ts';
import { isProduction } from '../env.ts';
import { demoPdf } from './demoFiles.ts';
import { demoUsers } from './demoUsers.ts';
import { consultationProcedure, seedDemoWorkflow } from './demoWorkflow.ts';

// Ids are numbers on SQLite and PostgreSQL (as payload-types.ts says), strings on MongoDB: only passed through.
type Id = number;

/**
 * The generator places its state-owned utilities only in catalogs of about 200 items: generate
 * that many, keep every SOE and intermediary item (the supervisor and 审管办 reviews need them)
 * and fill up to DEMO_ITEMS.
 */
const GENERATED_ITEMS = 200;
const DEMO_ITEMS = 150;
const DAY = 86_400_000;

function pickItems(all: PublicItem[]): PublicItem[] {
  const special = (item: PublicItem) => item.unit.kind === 'soe' || item.unit.kind === 'intermediary';
  // Every other kind of unit (政府部门, 事业单位, 群团组织…) keeps at least one item too.
  const firstOfKind = new Map<string, PublicItem>();
  for (const item of all) if (!special(item) && !firstOfKind.has(item.unit.kind)) firstOfKind.set(item.unit.kind, item);
  const kept = [...all.filter(special), ...firstOfKind.values()];
  return [...all.filter((item) => !kept.includes(item)).slice(0, DEMO_ITEMS - kept.length), ...kept];
}

/** Spread review dates over the coming year with a few already past, so 待复核 is short and real. */
function reviewDate(index: number, now: Date): string {
  const months = (index % 13) - 1;
  return new Date(now.getTime() + months * 30 * DAY).toISOString();
}

/**
 * Seeds the demo city: regions, the units the chosen items need, catalog items and their
 * published implementations with every guide element, blank forms and samples as real files,
 * a few drafts on top, consultations, site settings and one account per role.
 */
export async function seedDemo(payload: Payload, log: (line: string) => void = (line) => payload.logger.info(line)): Promise<void> {
  if (isProduction) throw new Error('生产模式下不创建演示数据和演示账号（CMS_ENV=production，或未设置 CMS_ENV 时 NODE_ENV=production）。本地演示请设置 CMS_ENV=demo。');
  const started = Date.now();
  const catalog = generateCatalog({ items: GENERATED_ITEMS });
  const items = pickItems([...catalog.items]);
  const context = { systemPublish: true };

  // Regions, parents first (the list is ordered city → counties → towns → villages).
  const regionIds = new Map<string, Id>();
  for (const region of catalog.regions as Region[]) {
    const doc = await payload.create({
      collection: 'regions',
      data: { name: region.name, code: region.code, level: region.level, parent: region.parentCode ? regionIds.get(region.parentCode) : undefined },
    });
    regionIds.set(region.code, doc.id);
  }
  const cityId = regionIds.get(catalog.regions[0]!.code)!;

  // Units used by the chosen items, their supervisors, and the demo accounts' units.
  const unitsByKey = new Map(catalog.units.map((unit) => [unit.id, unit]));
  const unitsByName = new Map(catalog.units.map((unit) => [unit.name, unit]));
  const wanted = new Set<string>([...items.map((item) => item.unit.id), ...demoUsers.flatMap((u) => (u.unitKey ? [u.unitKey] : []))]);
  for (const key of [...wanted]) {
    const supervisor = unitsByName.get(unitsByKey.get(key)?.supervisorName ?? '');
    if (supervisor) wanted.add(supervisor.id);
  }
  const unitIds = new Map<string, Id>();
  const regionOfUnit = (unit: UnitRef) => regionIds.get(unit.id.split('-').pop() ?? '') ?? cityId;
  for (const key of wanted) {
    const unit = unitsByKey.get(key);
    if (!unit) continue;
    const doc = await payload.create({
      collection: 'units',
      data: { name: unit.name, kind: unit.kind, creditCode: unit.creditCode!, region: regionOfUnit(unit), phone: unit.phone, address: unit.address, hours: unit.hours },
    });
    unitIds.set(key, doc.id);
  }
  for (const key of wanted) {
    const supervisor = unitsByName.get(unitsByKey.get(key)?.supervisorName ?? '');
    if (supervisor && unitIds.has(supervisor.id)) {
      await payload.update({ collection: 'units', id: unitIds.get(key)!, data: { supervisor: unitIds.get(supervisor.id) } });
    }
  }

  // Files: one real PDF per distinct blank form / sample, shared by the guides that name it.
  const mediaIds = new Map<string, Id>();
  const media = async (ref: FileRef | undefined): Promise<Id | undefined> => {
    if (!ref) return undefined;
    const filename = ref.url.split('/').pop()!.replace(/\.\w+$/, '.pdf');
    if (!mediaIds.has(filename)) {
      const data = demoPdf(filename);
      const doc = await payload.create({
        collection: 'media',
        data: { title: ref.name.replace(/\.\w+$/, '') },
        file: { data, name: filename, mimetype: 'application/pdf', size: data.length },
      });
      mediaIds.set(filename, doc.id);
    }
    return mediaIds.get(filename);
  };

  // Catalog items (one per basic code) and implementations, published by the system.
  const itemIds = new Map<string, Id>();
  const implementationIds = new Map<string, Id>();
  const now = new Date();
  for (const [index, item] of items.entries()) {
    const unit = unitIds.get(item.unit.id)!;
    if (!itemIds.has(item.basicCode)) {
      const doc = await payload.create({ collection: 'catalog-items', context, data: { ...catalogItemData(item, unit), _status: 'published' } as never });
      itemIds.set(item.basicCode, doc.id);
    }
    const doc = await payload.create({
      collection: 'implementations',
      context,
      data: { ...(await implementationData(item, { catalogItem: itemIds.get(item.basicCode)!, unit, region: regionIds.get(item.region.code) ?? cityId, reviewDate: reviewDate(index, now), media })), _status: 'published' } as never,
    });
    implementationIds.set(item.implementationCode, doc.id);
  }

  // Open consultations become adjustments under 征求意见. Their proposals are real drafts on top of
  // the guides (a new guide for 新增), and each adjustment records the versions submission would
  // record, so approving one in the demo publishes exactly what it announces.
  const proposalReq = await createLocalReq({}, payload);
  for (const consultation of catalog.consultations) {
    const proposed = consultation.draft;
    const unit = unitIds.get(proposed.unit.id);
    if (unit === undefined) continue;
    let catalogItem = itemIds.get(proposed.basicCode);
    if (catalogItem === undefined) {
      const doc = await payload.create({ collection: 'catalog-items', draft: true, data: { ...catalogItemData(proposed, unit), _status: 'draft' } as never });
      catalogItem = doc.id;
      itemIds.set(proposed.basicCode, doc.id);
    }
    let implementation = implementationIds.get(proposed.implementationCode);
    if (implementation === undefined) {
      const refs = { catalogItem, unit, region: regionIds.get(proposed.region.code) ?? cityId, reviewDate: reviewDate(items.length, now), media };
      const doc = await payload.create({ collection: 'implementations', draft: true, data: { ...(await implementationData(proposed, refs)), _status: 'draft' } as never });
      implementation = doc.id;
    } else if (consultation.kind === 'guide') {
      await payload.update({ collection: 'implementations', id: implementation, draft: true, data: { promisedDays: proposed.promisedDays, _status: 'draft' } });
    } else if (consultation.kind === 'change') {
      await payload.update({ collection: 'catalog-items', id: catalogItem, draft: true, data: { name: proposed.name, _status: 'draft' } });
      await payload.update({ collection: 'implementations', id: implementation, draft: true, data: { name: proposed.name, _status: 'draft' } });
    }
    const proposal = await buildProposal(proposalReq, implementation, consultation.kind);
    // The window is the procedure's own (5 working days), from when the consultation opened.
    const secondReview = consultationProcedure.stages.find((stage) => stage.id === 'second-review')!;
    const window = consultationWindow(secondReview, consultation.opensAt)!;
    const regionCode = proposed.region.code;
    // The seed stands in for the workflow's submission, 一审 and 二报 here (context.workflow).
    await payload.create({
      collection: 'adjustments',
      context: { workflow: true },
      data: {
        kind: consultation.kind,
        implementation,
        catalogItem,
        unit,
        reason: consultation.reason,
        basis: consultation.basis,
        proposedVersion: proposal?.proposedVersion ?? proposed,
        changes: proposal?.changes ?? consultation.changes,
        implementationVersion: proposal?.implementationVersion,
        catalogItemVersion: proposal?.catalogItemVersion,
        state: 'in-review',
        stage: 'second-review', // 两报两审: 二审 opens the public consultation
        submittedAt: consultation.opensAt,
        // The stage began when the consultation opened: the engine refuses 通过 until the window closes.
        stageEnteredAt: consultation.opensAt,
        consultationOpensAt: window.opensAt,
        consultationClosesAt: window.closesAt,
        stageDueAt: stageDueAt(secondReview, { status: 'in-review', round: 1, stageId: 'second-review', stageEnteredAt: consultation.opensAt }, { holidays: [], workdays: [] }) ?? null,
        procedureCode: consultationProcedure.id,
        procedureVersion: 1,
        procedureSnapshot: consultationProcedure,
        regionPath: regionAncestors(regionCode),
      } as never,
    });
  }

  await seedDemoWorkflow(payload, now);

  await payload.updateGlobal({
    slug: 'site-settings',
    // No 网站地址: the generator's example domain would become every page's canonical, QR and short
    // address; without it a publication uses SITE_URL, else the local site (see publish/siteUrl.ts).
    data: { ...catalog.settings, baseUrl: null, region: cityId },
  });

  for (const user of demoUsers) {
    await payload.create({
      collection: 'users',
      data: { email: user.email, password: user.password, name: user.name, roles: [user.role], unit: user.unitKey ? unitIds.get(user.unitKey) : undefined },
    });
  }
  log(
    `演示数据已写入：${regionIds.size} 个行政区划、${unitIds.size} 个单位、${itemIds.size} 个目录事项、${implementationIds.size} 份办事指南、${mediaIds.size} 个附件、${demoUsers.length} 个演示账号（${((Date.now() - started) / 1000).toFixed(1)} 秒）`,
  );
}
