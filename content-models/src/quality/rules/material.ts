/** How the material rules read one material. */
import type { Material } from '../../guide/guide-schema.ts';

/** How a material is named in messages: its name, or its position when the name is still empty. */
export function materialLabel(material: Material, index: number): string {
  return material.name?.trim() ? `申请材料“${material.name.trim()}”` : `第 ${index + 1} 项申请材料`;
}

/** Whether the applicant still has to hand the material in (undefined counts as yes, the schema default). */
export function isDemandedFromApplicant(material: Material): boolean {
  return material.demandedFromApplicant !== false;
}
