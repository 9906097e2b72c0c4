import { describe, expect, it } from 'vitest';
import type { ProcessStep } from '../guide/guide-schema.ts';
import { layoutSteps, renderFlowchart } from './render-flowchart.ts';
import { textWidth, wrapText } from './wrap-text.ts';

const steps: ProcessStep[] = [
  { id: 's1', name: '申请', actor: '申请人', days: 0, description: '提交申请材料。' },
  { id: 's2', name: '受理', actor: '窗口工作人员', days: 1, description: '材料齐全的当场受理。' },
  { id: 's3', name: '审查并征求相关部门和所在乡镇街道意见后形成书面审查意见', actor: '审批科', days: 3 },
  { id: 's4', name: '决定', days: 1 },
  { id: 's5', name: '送达' },
];

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function rectsOf(svg: string): Rect[] {
  return [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('renderFlowchart', () => {
  const chart = renderFlowchart(steps, { title: '「出生医学证明首次签发」办理流程图', idPrefix: 'item1' });

  it('draws one box per step and an arrow between each pair of consecutive steps', () => {
    expect(chart.svg.match(/<g class="flow-step"/g)).toHaveLength(steps.length);
    const arrows = [...chart.svg.matchAll(/class="flow-arrow" data-from="(\d+)" data-to="(\d+)"/g)].map((m) => `${m[1]}→${m[2]}`);
    expect(arrows).toEqual(['1→2', '2→3', '3→4', '4→5']);
    expect(chart.svg).toContain('marker-end="url(#item1-arrowhead)"');
    expect(chart.svg).toContain('<marker id="item1-arrowhead"');
  });

  it('is an accessible image with a title and a description that lists the steps', () => {
    expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(chart.svg).toContain('role="img"');
    expect(chart.svg).toContain('aria-labelledby="item1-title item1-desc"');
    expect(chart.svg).toContain('<title id="item1-title">「出生医学证明首次签发」办理流程图</title>');
    expect(chart.svg).toContain('<desc id="item1-desc">共5个环节：第1步 申请（申请人）');
    expect(chart.svg).toContain('font-family="sans-serif"');
    // Sizing is the stylesheet's (.flowchart svg): an inline style attribute would need 'unsafe-inline' in the site's CSP.
    expect(chart.svg).not.toContain('style=');
  });

  it('shows each step time limit in its box', () => {
    expect(chart.svg).toContain('时限：即时办理');
    expect(chart.svg).toContain('时限：1个工作日');
    expect(chart.svg).toContain('时限：3个工作日');
  });

  it('gives the same steps as ordered text', () => {
    expect(chart.text).toEqual([
      '第1步 申请（申请人）：提交申请材料。（即时办理）',
      '第2步 受理（窗口工作人员）：材料齐全的当场受理。（1个工作日）',
      '第3步 审查并征求相关部门和所在乡镇街道意见后形成书面审查意见（审批科）（3个工作日）',
      '第4步 决定（1个工作日）',
      '第5步 送达',
    ]);
  });

  it('lays boxes out top to bottom without overlaps, inside the view box', () => {
    const rects = rectsOf(chart.svg);
    expect(rects).toHaveLength(steps.length);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i] as Rect, rects[j] as Rect)).toBe(false);
    }
    for (let i = 1; i < rects.length; i++) expect((rects[i] as Rect).y).toBeGreaterThan((rects[i - 1] as Rect).y);
    const [, , width, height] = (chart.svg.match(/viewBox="([^"]+)"/)?.[1] ?? '').split(' ').map(Number);
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(width as number);
      expect(r.y + r.height).toBeLessThanOrEqual(height as number);
    }
  });

  it('wraps a long step name onto several lines that fit the box', () => {
    const { boxes } = layoutSteps(steps);
    const long = boxes[2];
    expect(long?.lines.filter((l) => l.kind === 'name').length).toBeGreaterThan(1);
    for (const box of boxes) {
      for (const line of box.lines) expect(textWidth(line.text, line.kind === 'name' ? 17 : 14)).toBeLessThanOrEqual(box.width - 2 * 14);
      expect(box.height).toBeGreaterThan(box.lines.length * 14);
    }
    expect((boxes[2]?.height ?? 0)).toBeGreaterThan(boxes[3]?.height ?? 0);
  });

  it('escapes markup in every text and uses no external resources', () => {
    const evil = renderFlowchart(
      [
        { id: 'x', name: '<script>alert("x")</script> & 审查', actor: "O'Brien & <b>", days: 1, description: '</desc><foreignObject>' },
        { id: 'y', name: '决定' },
      ],
      { title: '流程 <img src=x onerror=alert(1)> & 图', idPrefix: 'a"b' },
    );
    expect(evil.svg).not.toMatch(/<script|<b>|<img|<foreignObject|<\/desc><foreign/);
    expect(evil.svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 审查');
    expect(evil.svg).toContain('流程 &lt;img src=x onerror=alert(1)&gt; &amp; 图');
    expect(evil.svg).toContain('id="a-b-title"');
    expect(evil.svg).not.toMatch(/href=|url\((?!#)|@import|<image/);
    // Still well-formed: every opened element is closed.
    const opened = (evil.svg.match(/<[a-z][^>]*[^/]>/g) ?? []).length;
    const closed = (evil.svg.match(/<\/[a-z]+>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('handles an item without process steps', () => {
    const empty = renderFlowchart([], { title: '办理流程图' });
    expect(empty.text).toEqual([]);
    expect(empty.svg).toContain('暂无办理流程');
    expect(empty.svg).toContain('role="img"');
  });

  it('refuses duplicate step ids, which would merge two boxes', () => {
    expect(() => renderFlowchart([{ id: 'a', name: '受理' }, { id: 'a', name: '审查' }], { title: 't' })).toThrow(/环节编号「a」重复/);
  });
});

describe('wrapText', () => {
  it('keeps closing punctuation off the start of a line', () => {
    const lines = wrapText('一二三四五，六七', 5 * 10, 10);
    expect(lines[0]).toBe('一二三四五，');
    expect(lines[1]).toBe('六七');
  });
});
