import { Graph, layout } from '@dagrejs/dagre';
import type { ProcessStep } from '../guide/guide-schema.ts';
import { wrapText } from './wrap-text.ts';
import { escapeXml } from './xml.ts';

export interface FlowchartOptions {
  /** Accessible name, e.g. 「出生医学证明首次签发」办理流程图. */
  title: string;
  /** Prefix for element ids, unique per page when several charts are shown together. */
  idPrefix?: string;
}

export interface Flowchart {
  svg: string;
  /** The same steps as ordered sentences, for screen readers, print and the text alternative. */
  text: string[];
}

/** A laid-out step box, in SVG user units; exported so tests and callers can check geometry. */
export interface StepBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: { text: string; kind: 'name' | 'actor' | 'days' }[];
}

const BOX_WIDTH = 248;
const PADDING_X = 14;
const PADDING_Y = 12;
const NAME_SIZE = 17;
const DETAIL_SIZE = 14;
const LINE_GAP = 1.45; // line height as a multiple of font size: ≥1.3 for elderly-friendly reading
const MARGIN = 16;

export function daysText(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return days === 0 ? '即时办理' : `${days}个工作日`;
}

function stepLines(step: ProcessStep, number: number): StepBox['lines'] {
  // Wrapping leaves one character of room so hanging punctuation stays inside the box.
  const nameWidth = BOX_WIDTH - 2 * PADDING_X - NAME_SIZE;
  const detailWidth = BOX_WIDTH - 2 * PADDING_X - DETAIL_SIZE;
  const lines: StepBox['lines'] = wrapText(`第${number}步　${step.name}`, nameWidth, NAME_SIZE).map((text) => ({ text, kind: 'name' }));
  if (step.actor) for (const text of wrapText(step.actor, detailWidth, DETAIL_SIZE)) lines.push({ text, kind: 'actor' });
  const days = daysText(step.days);
  if (days) lines.push({ text: `时限：${days}`, kind: 'days' });
  return lines;
}

function lineHeight(kind: StepBox['lines'][number]['kind']): number {
  return (kind === 'name' ? NAME_SIZE : DETAIL_SIZE) * LINE_GAP;
}

/** Edges of the chart: a chain in step order. Branches would add edges here; dagre lays out any DAG. */
function edgesOf(steps: readonly ProcessStep[]): [string, string][] {
  return steps.slice(1).map((step, i) => [(steps[i] as ProcessStep).id, step.id]);
}

/** Lays out the steps top to bottom with dagre. */
export function layoutSteps(steps: readonly ProcessStep[]): { boxes: StepBox[]; edges: { from: string; to: string; points: { x: number; y: number }[] }[]; width: number; height: number } {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 32, ranksep: 36, marginx: MARGIN, marginy: MARGIN });
  graph.setDefaultEdgeLabel(() => ({}));
  const linesById = new Map<string, StepBox['lines']>();
  steps.forEach((step, i) => {
    if (linesById.has(step.id)) throw new Error(`办理流程的环节编号「${step.id}」重复，每个环节的编号必须唯一`);
    const lines = stepLines(step, i + 1);
    linesById.set(step.id, lines);
    const height = 2 * PADDING_Y + lines.reduce((sum, line) => sum + lineHeight(line.kind), 0);
    graph.setNode(step.id, { width: BOX_WIDTH, height: Math.ceil(height) });
  });
  for (const [from, to] of edgesOf(steps)) graph.setEdge(from, to);
  layout(graph);
  const boxes = steps.map((step): StepBox => {
    const node = graph.node(step.id) as { x: number; y: number; width: number; height: number };
    return { id: step.id, x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height, lines: linesById.get(step.id) ?? [] };
  });
  const edges = graph.edges().map((e: { v: string; w: string }) => ({
    from: e.v,
    to: e.w,
    points: ((graph.edge(e) as { points?: { x: number; y: number }[] }).points ?? []).map((p) => ({ x: p.x, y: p.y })),
  }));
  const label = graph.graph() as { width?: number; height?: number };
  return { boxes, edges, width: Math.ceil(label.width ?? BOX_WIDTH + 2 * MARGIN), height: Math.ceil(label.height ?? 2 * MARGIN) };
}

export function stepSentence(step: ProcessStep, number: number): string {
  const actor = step.actor?.trim() ? `（${step.actor.trim()}）` : '';
  const description = step.description?.trim() ? `：${step.description.trim()}` : '';
  const days = daysText(step.days);
  return `第${number}步 ${step.name}${actor}${description}${days ? `（${days}）` : ''}`;
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

function renderBox(box: StepBox, prefix: string, number: number): string {
  let y = box.y + PADDING_Y;
  const tspans = box.lines
    .map((line) => {
      const size = line.kind === 'name' ? NAME_SIZE : DETAIL_SIZE;
      const height = lineHeight(line.kind);
      // Baseline sits about 0.8 of the font size below the line's top, centred in its line height.
      const baseline = y + (height - size) / 2 + size * 0.85;
      y += height;
      const weight = line.kind === 'name' ? ' font-weight="bold"' : '';
      const fill = line.kind === 'days' ? '#8a3b00' : '#1a1a1a';
      return `<text x="${round(box.x + PADDING_X)}" y="${round(baseline)}" font-size="${size}"${weight} fill="${fill}">${escapeXml(line.text)}</text>`;
    })
    .join('');
  return (
    `<g class="flow-step" id="${prefix}-step-${number}">` +
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="6" fill="#ffffff" stroke="#0b4a8b" stroke-width="2"/>` +
    tspans +
    '</g>'
  );
}

function renderEdge(points: { x: number; y: number }[], prefix: string, from: number, to: number): string {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
  return `<path class="flow-arrow" data-from="${from}" data-to="${to}" d="${d}" fill="none" stroke="#333333" stroke-width="2" marker-end="url(#${prefix}-arrowhead)"/>`;
}

/**
 * The 办事流程图 of an item: an accessible, self-contained SVG (no external fonts, scripts or
 * images) that scales down to a phone's width, plus the same steps as text.
 */
export function renderFlowchart(steps: readonly ProcessStep[], options: FlowchartOptions): Flowchart {
  const prefix = (options.idPrefix ?? 'flowchart').replace(/[^A-Za-z0-9_-]/g, '-');
  const text = steps.map((step, i) => stepSentence(step, i + 1));
  const { boxes, edges, width, height } = steps.length > 0 ? layoutSteps(steps) : { boxes: [], edges: [], width: BOX_WIDTH + 2 * MARGIN, height: 56 };
  const numberOf = new Map(steps.map((step, i) => [step.id, i + 1]));
  const description = text.length > 0 ? `共${text.length}个环节：${text.join('；')}。` : '暂无办理流程';
  const body =
    boxes.length > 0
      ? edges.map((e) => renderEdge(e.points, prefix, numberOf.get(e.from) ?? 0, numberOf.get(e.to) ?? 0)).join('') +
        boxes.map((box, i) => renderBox(box, prefix, i + 1)).join('')
      : `<text x="${MARGIN}" y="34" font-size="${DETAIL_SIZE}" fill="#1a1a1a">暂无办理流程</text>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="sans-serif">` +
    `<title id="${prefix}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${prefix}-desc">${escapeXml(description)}</desc>` +
    `<defs><marker id="${prefix}-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">` +
    '<path d="M0 0 L10 5 L0 10 z" fill="#333333"/></marker></defs>' +
    body +
    '</svg>';
  return { svg, text };
}
