import { describe, expect, it } from 'vitest';
import { realGuides } from '../fixtures/real-guides/incomplete-guides.ts';
import { page } from './support/html.ts';

/**
 * Realistic incomplete guides, read through the 梳理表 import and built into pages: each page shows
 * what its source gave and claims nothing the source did not say.
 */

/** The page's visible text and link targets, with entities decoded, so phrases match as read. */
function readable(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const links = [...main.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]).join(' ');
  const text = main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return `${text} ${links}`;
}

/** The texts a source gave that a citizen must be able to read (phones are checked as links). */
function givenTexts(guide: (typeof realGuides)[number]['guide']): string[] {
  const texts = [
    guide.name,
    guide.conditions,
    guide.serviceObjectNote,
    guide.timeLimitNote,
    guide.resultName,
    guide.resultDelivery,
    guide.onlineUrl,
    ...(guide.materials ?? []).flatMap((m) => [m.name, m.requirements, m.basis]),
    ...(guide.fees ?? []).flatMap((f) => [f.name, f.standard, f.applicableCase]),
    ...(guide.process ?? []).map((p) => p.name),
    ...(guide.locations ?? []).flatMap((l) => [l.name, l.address, l.hours]),
    ...(guide.onlineChannels ?? []).flatMap((c) => [c.name, c.note]),
    ...(guide.caseTimeLimits ?? []).flatMap((c) => [c.case, c.note]),
    ...(guide.intermediaryServices ?? []).flatMap((s) => [s.name, s.provider]),
    ...(guide.legalBasis ?? []).map((b) => b.instrument),
  ];
  return texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

describe.each(realGuides.map((g) => [g.guide.name!, g] as const))('the page of 「%s」', (_name, source) => {
  const text = readable(page(`/items/${source.guide.implementationCode}/`));

  it('shows every element its source gave', () => {
    for (const given of givenTexts(source.guide)) expect(text, given).toContain(given);
    for (const shown of source.pageShows) expect(text, shown).toContain(shown);
  });

  it('claims nothing its source did not say', () => {
    for (const never of source.pageNeverShows) expect(text, never).not.toContain(never);
    if (source.guide.charged === undefined) expect(text).not.toMatch(/不收费/);
    const unstated = (source.guide.materials ?? []).filter((m) => m.necessity === undefined).length;
    if (unstated > 0) expect(text.match(/未说明/g)?.length ?? 0).toBeGreaterThanOrEqual(unstated);
    expect(text).not.toContain('tel:无');
    expect(text).not.toContain('undefined');
  });
});
