import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { guidesToRows, parseWorkbookRows, planImport } from '../../content-models/src/spreadsheet/index.ts';
import { completeOptions } from './fixtures.ts';

describe('import plan against the catalog', () => {
  const current = new Map([[completeGuide.implementationCode, completeGuide]]);

  it('finds nothing to change when the exported file is imported again', () => {
    const { guides } = parseWorkbookRows(guidesToRows([completeGuide]), completeOptions);
    expect(planImport(guides, current)).toEqual({ added: [], changed: [], unchanged: [completeGuide.implementationCode] });
  });

  it('tells a changed row (变更) from a new one (新增)', () => {
    const changed = guideWith((g) => {
      g.promisedDays = 3;
    });
    const added = guideWith((g) => {
      g.implementationCode = '11440100007482575H3440118009001';
    });
    expect(planImport([changed, added], current)).toEqual({ added: [added.implementationCode], changed: [changed.implementationCode], unchanged: [] });
  });
});
