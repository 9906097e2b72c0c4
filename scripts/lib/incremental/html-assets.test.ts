import { describe, expect, it } from 'vitest';
import { applyAssets, readAssets } from './html-assets.ts';

const built =
  '<!DOCTYPE html><html><head><title>t</title><link rel="stylesheet" href="/_astro/Base.A1.css"><link rel="stylesheet" href="/_astro/index.B2.css"></head><body><script type="module" src="/_astro/Panel.C3.js"></script></body></html>';
const rendered =
  '<html><head><title>t</title></head><body><script type="module" src="/work/site/src/search/Panel.astro?astro&type=script&index=0&lang.ts"></script></body></html>';

describe('built asset tags on a Container-rendered page', () => {
  it('puts the stylesheets before </head>, the bundled script in place of the dev one, and the doctype first', () => {
    expect(applyAssets(rendered, readAssets(built))).toBe(built);
  });

  it('refuses a page whose scripts do not match the built route', () => {
    expect(() => applyAssets(rendered, { stylesheets: [], scripts: [] })).toThrow(/没有对应/);
    expect(() => applyAssets('<html><head></head><body></body></html>', readAssets(built))).toThrow(/0 个脚本/);
  });
});
