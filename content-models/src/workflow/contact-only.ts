import type { FieldChange } from '../snapshot/snapshot-schema.ts';

/**
 * Guide fields that only say how to reach the unit (咨询、投诉电话, 办理地点、地址、办公时间、乘车线路,
 * 网上办理地址). A change confined to them does not alter the item, so it may take the simple
 * procedure (contact-update). Paths are those of diffGuides: `consultPhone`, `unit.phone`,
 * `locations[政务服务中心].hours`.
 */
const contactFields = new Set(['consultPhone', 'complaintPhone', 'locations', 'onlineUrl', 'mobileUrl', 'onlineChannels']);
// The unit record also names the unit and its kind: only its contact fields count.
const contactUnitFields = new Set(['unit.phone', 'unit.address', 'unit.hours']);

function isContactPath(path: string): boolean {
  const top = /^[^.[]+/.exec(path)?.[0] ?? '';
  if (top === 'unit') return contactUnitFields.has(path);
  return contactFields.has(top);
}

/** True when every changed path is a contact field; an empty change list changes nothing, so false. */
export function isContactOnlyChange(changedPaths: readonly string[]): boolean {
  return changedPaths.length > 0 && changedPaths.every(isContactPath);
}

/** The same on the changes diffGuides reports. */
export function isContactOnly(changes: readonly FieldChange[]): boolean {
  return isContactOnlyChange(changes.map((change) => change.path));
}
