import type { Material } from '@catalog/content-models';

/**
 * 免提交: the department fetches the material by data sharing and no longer asks the applicant for
 * it. Obtainable by sharing alone is not enough: a guide may still demand the paper.
 */
export function isSharedOnly(material: Pick<Material, 'obtainableBySharing' | 'demandedFromApplicant'>): boolean {
  return material.obtainableBySharing && !material.demandedFromApplicant;
}
