import { renderFlowchart, type PublicItem } from '@catalog/content-models';

/**
 * The process flowchart as SVG (content-models' dagre renderer). The page shows the same steps
 * as an ordered list, which is what screen readers and printers use.
 */
export function flowchartSvg(item: PublicItem): string | undefined {
  if (item.process.length === 0) return undefined;
  return renderFlowchart(item.process, { title: `「${item.name}」办理流程图`, idPrefix: 'flow' }).svg;
}
