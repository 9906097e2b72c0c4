import type { PublicItem } from '@catalog/content-models';

/**
 * The process flowchart as SVG, from content-models' renderer (`renderFlowchart`) when the
 * flowchart module is present. The steps are always rendered as text as well, so the page is
 * complete without the picture.
 */
type Renderer = (steps: PublicItem['process'], options: { title: string }) => { svg: string; text: string[] };

const modules = import.meta.glob<{ renderFlowchart?: Renderer }>(
  ['../../../content-models/src/flowchart/*.ts', '!../../../content-models/src/flowchart/*.test.ts'],
  { eager: true },
);
const renderFlowchart = Object.values(modules).find((m) => typeof m.renderFlowchart === 'function')?.renderFlowchart;

export function flowchartSvg(item: PublicItem): string | undefined {
  if (!renderFlowchart || item.process.length === 0) return undefined;
  return renderFlowchart(item.process, { title: item.name }).svg;
}
