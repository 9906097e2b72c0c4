import type { PublicItem } from '@catalog/content-models';

/**
 * The process flowchart as SVG, from content-models' renderer when it is present.
 * The steps are always rendered as text as well, so the page is complete without it.
 */
type Renderer = (steps: PublicItem['process'], options: { title: string }) => { svg: string; text: string[] };

const modules = import.meta.glob<{ renderFlowchart?: Renderer }>('../../../content-models/src/flowchart/index.ts');
const load = Object.values(modules)[0];

export async function flowchartSvg(item: PublicItem): Promise<string | undefined> {
  if (!load || item.process.length === 0) return undefined;
  const { renderFlowchart } = await load();
  return renderFlowchart?.(item.process, { title: item.name }).svg;
}
