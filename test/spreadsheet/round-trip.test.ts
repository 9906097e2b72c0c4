import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { guidesToRows, parseWorkbookRows } from '../../content-models/src/spreadsheet/index.ts';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { writeGuidesWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import { completeOptions, demoCatalog } from './fixtures.ts';

describe('export → import round trip', () => {
  it('gives back the complete guide unchanged, with no problems', () => {
    const result = parseWorkbookRows(guidesToRows([completeGuide]), completeOptions);
    expect(result.problems).toEqual([]);
    expect(result.guides).toEqual([completeGuide]);
  });

  it('gives back the demo catalog unchanged through sheet rows', () => {
    const { guides, options } = demoCatalog(400);
    const result = parseWorkbookRows(guidesToRows(guides), options);
    expect(result.problems).toEqual([]);
    expect(result.guides).toEqual(guides);
  });

  it('gives back the demo catalog unchanged through an xlsx file', async () => {
    const { guides, options } = demoCatalog(120);
    const sheets = await readWorkbook(await writeGuidesWorkbook(guides));
    const result = parseWorkbookRows(sheets, options);
    expect(result.problems).toEqual([]);
    expect(result.guides).toEqual(guides);
  });

  it('keeps long Chinese text intact through an xlsx file (no characters split between chunks)', async () => {
    const guide = { ...structuredClone(completeGuide), conditions: '符合《社会团体登记管理条例》第九条规定条件的单位。'.repeat(3000) };
    const result = parseWorkbookRows(await readWorkbook(await writeGuidesWorkbook([guide])), completeOptions);
    expect(result.guides[0]?.conditions).toBe(guide.conditions);
  });

  it('carries every field real guides need: day kinds, per-case limits, channels without URL, 张, 未说明, fee cases', async () => {
    const full = guideWith((g) => {
      g.serviceObjectNote = '本县户籍、年满 60 周岁的老年人';
      g.statutoryDayKind = 'calendar';
      g.promisedDayKind = 'working';
      g.caseTimeLimits = [
        { case: '遗失补领', days: 5, dayKind: 'working' },
        { case: '加急办理', days: 0.5, note: '当日受理当日办结' },
        { case: '需现场核查', dayKind: 'calendar' },
      ];
      g.onlineChannels = [{ name: '“浙里办”APP', note: '首页—社保—参保证明' }, { name: '第二网址', url: 'https://zwfw.example.gov.cn/a?b=1' }];
      g.resultDelivery = '窗口领取、邮寄送达';
      g.handlingForms = ['window', 'phone', 'fax'];
      g.materials[0]!.copyUnit = 'sheet';
      g.materials[1]!.necessity = 'unspecified';
      g.fees = [{ name: '补证工本费', applicableCase: '遗失补领', standard: '每证 10 元', basis: '某价〔2020〕1 号', reducible: false }];
    });
    const undecided = guideWith((g) => {
      g.implementationCode = '11440100007482575H3440118009001';
      g.basicCode = '440118009001';
      g.name = '公共场所卫生许可（延续）';
      delete g.charged;
      g.fees = [];
    });
    const viaRows = parseWorkbookRows(guidesToRows([full, undecided]), completeOptions);
    expect(viaRows.problems).toEqual([]);
    expect(viaRows.guides).toEqual([full, undecided]);
    expect(viaRows.guides[1]).not.toHaveProperty('charged');
    const viaXlsx = parseWorkbookRows(await readWorkbook(await writeGuidesWorkbook([full, undecided])), completeOptions);
    expect(viaXlsx.problems).toEqual([]);
    expect(viaXlsx.guides).toEqual([full, undecided]);
  });

  it('keeps optional booleans unset, and set, across the round trip', () => {
    const guide = { ...structuredClone(completeGuide), inServiceHall: false, supportsExpress: true };
    const result = parseWorkbookRows(guidesToRows([guide]), completeOptions);
    expect(result.guides[0]).toMatchObject({ inServiceHall: false, supportsExpress: true });
    expect(result.guides[0]).not.toHaveProperty('supportsAppointment');
  });
});
