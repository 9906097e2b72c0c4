import { describe, expect, it } from 'vitest';
import { catalogEntrySchema, type CatalogEntry, type Region } from '../snapshot/snapshot-schema.ts';
import { isPlaceCode, placeFileName, placeFiles, resolveService, rootPlaceCode, type PlaceFile } from './places.ts';

const CITY: Region = { code: '339100', name: '瓯江市', level: 'city' };
const JIANGXIN: Region = { code: '339102', name: '江心区', level: 'county', parentCode: '339100' };
const NANTANG: Region = { code: '339103', name: '南塘区', level: 'county', parentCode: '339100' };
const WUMA: Region = { code: '339102001000', name: '五马街道', level: 'town', parentCode: '339102' };
const SHANGLIN: Region = { code: '339102001001', name: '上林社区', level: 'village', parentCode: '339102001000' };
const REGIONS = [CITY, JIANGXIN, NANTANG, WUMA, SHANGLIN];

function entry(implementationCode: string, basicCode: string, region: Region, unitName: string, status: CatalogEntry['status'] = 'active'): CatalogEntry {
  return catalogEntrySchema.parse({
    implementationCode,
    basicCode,
    name: '事项',
    itemType: '20',
    category: 'civil-aid',
    level: '4',
    unitId: `unit-${unitName}`,
    unitName,
    unitKind: 'government',
    regionCode: region.code,
    regionName: region.name,
    status,
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

/** 残疾人证换领 offered by the city and by 江心区; 低保 by two units of 江心区; 医保 by 五马街道 only. */
const DISABILITY = '002007001000';
const MINIMUM_LIVING = '002008001000';
const MEDICAL = '002009001000';
const ENTRIES = [
  entry('11339100MB00000000XQT300200700100', DISABILITY, CITY, '瓯江市残疾人联合会'),
  entry('11339102MB00000000XQT300200700100', DISABILITY, JIANGXIN, '江心区残疾人联合会'),
  entry('11339102MB00000001XQT300200800100', MINIMUM_LIVING, JIANGXIN, '江心区民政局'),
  entry('11339102MB00000000XQT300200800100', MINIMUM_LIVING, JIANGXIN, '江心区社会救助中心'),
  entry('11339102001000000XQT3002009001000', MEDICAL, WUMA, '五马街道便民服务中心'),
];

const fileOf = (files: PlaceFile[], code: string) => files.find((file) => file.code === code)!;

describe('placeFiles: a city, two districts, a street and a community', () => {
  const files = placeFiles(ENTRIES, REGIONS);

  it('writes one file per region, in code order', () => {
    expect(files.map((file) => file.code)).toEqual(['339100', '339102', '339102001000', '339102001001', '339103']);
  });

  it('gives each place its path from the city down, inclusive, and its children in code order', () => {
    expect(fileOf(files, SHANGLIN.code).path).toEqual([
      { code: '339100', name: '瓯江市' },
      { code: '339102', name: '江心区' },
      { code: '339102001000', name: '五马街道' },
      { code: '339102001001', name: '上林社区' },
    ]);
    expect(fileOf(files, CITY.code).path).toEqual([{ code: '339100', name: '瓯江市' }]);
    expect(fileOf(files, CITY.code).children).toEqual([{ code: '339102', name: '江心区' }, { code: '339103', name: '南塘区' }]);
    expect(fileOf(files, SHANGLIN.code).children).toEqual([]);
  });

  it('lists only the implementations whose region is exactly the place, by implementation code', () => {
    expect(fileOf(files, JIANGXIN.code).services).toEqual({
      [DISABILITY]: [['11339102MB00000000XQT300200700100', '江心区残疾人联合会']],
      [MINIMUM_LIVING]: [
        ['11339102MB00000000XQT300200800100', '江心区社会救助中心'],
        ['11339102MB00000001XQT300200800100', '江心区民政局'],
      ],
    });
    expect(fileOf(files, CITY.code).services).toEqual({ [DISABILITY]: [['11339100MB00000000XQT300200700100', '瓯江市残疾人联合会']] });
    expect(fileOf(files, NANTANG.code).services).toEqual({});
  });

  it('writes the same files whatever order the snapshot lists entries and regions in', () => {
    expect(JSON.stringify(placeFiles([...ENTRIES].reverse(), [...REGIONS].reverse()))).toBe(JSON.stringify(files));
  });
});

describe('placeFiles: entries and regions it leaves out', () => {
  it('leaves out cancelled items', () => {
    const files = placeFiles([entry('11339103MB00000000XQT300200700100', DISABILITY, NANTANG, '南塘区残联', 'cancelled')], REGIONS);
    expect(fileOf(files, NANTANG.code).services).toEqual({});
  });

  it('leaves out items of a region missing from the list, and writes no file for it', () => {
    const elsewhere: Region = { code: '339104', name: '海城区', level: 'county', parentCode: '339100' };
    const files = placeFiles([entry('11339104MB00000000XQT300200700100', DISABILITY, elsewhere, '海城区残联')], REGIONS);
    expect(files.map((file) => file.code)).not.toContain('339104');
    expect(files.flatMap((file) => Object.keys(file.services))).toEqual([]);
  });

  it('starts the path at a region whose parent is missing from the list', () => {
    const files = placeFiles([], [JIANGXIN, WUMA]);
    expect(fileOf(files, WUMA.code).path.map((place) => place.code)).toEqual(['339102', '339102001000']);
  });

  it('ends at a cycle in the parent codes instead of hanging', () => {
    const a: Region = { code: '339102', name: '甲', level: 'county', parentCode: '339103' };
    const b: Region = { code: '339103', name: '乙', level: 'county', parentCode: '339102' };
    const self: Region = { code: '339104', name: '丙', level: 'county', parentCode: '339104' };
    const files = placeFiles([], [a, b, self]);
    expect(fileOf(files, a.code).path.map((place) => place.code)).toEqual(['339103', '339102']);
    expect(fileOf(files, self.code).path.map((place) => place.code)).toEqual(['339104']);
    expect(fileOf(files, self.code).children).toEqual([]);
  });
});

describe('rootPlaceCode: the site’s own region', () => {
  it('is the region without a parent', () => {
    expect(rootPlaceCode([JIANGXIN, WUMA, CITY])).toBe('339100');
  });

  it('counts a parent outside the list as none, and takes the highest level of several', () => {
    expect(rootPlaceCode([SHANGLIN, { ...CITY, parentCode: '330000' }, NANTANG])).toBe('339100');
  });

  it('takes the highest level when every region has a parent (a cycle), the smallest code on a tie', () => {
    const a: Region = { code: '339103', name: '乙', level: 'county', parentCode: '339102' };
    const b: Region = { code: '339102', name: '甲', level: 'county', parentCode: '339103' };
    expect(rootPlaceCode([a, b])).toBe('339102');
  });

  it('refuses an empty list, naming the file', () => {
    expect(() => rootPlaceCode([])).toThrow('regions.json');
  });
});

describe('resolveService: the visitor’s place first, then its ancestors', () => {
  const files = placeFiles(ENTRIES, REGIONS);
  const chainFrom = (code: string) => fileOf(files, code).path.map((place) => fileOf(files, place.code)).reverse();

  it('opens the one implementation of the nearest place that offers the service', () => {
    expect(resolveService(chainFrom(SHANGLIN.code), DISABILITY)).toEqual({
      kind: 'one',
      implementationCode: '11339102MB00000000XQT300200700100',
      placeName: '江心区',
      unitName: '江心区残疾人联合会',
    });
    expect(resolveService(chainFrom(SHANGLIN.code), MEDICAL)).toMatchObject({ kind: 'one', placeName: '五马街道' });
  });

  it('falls back to an ancestor: a 南塘区 visitor gets the city’s implementation', () => {
    expect(resolveService(chainFrom(NANTANG.code), DISABILITY)).toMatchObject({ kind: 'one', placeName: '瓯江市', unitName: '瓯江市残疾人联合会' });
  });

  it('sends to the chooser when the nearest place has several implementations', () => {
    expect(resolveService(chainFrom(WUMA.code), MINIMUM_LIVING)).toEqual({ kind: 'choose', placeName: '江心区', count: 2 });
  });

  it('says elsewhere when no place on the chain offers it', () => {
    expect(resolveService(chainFrom(NANTANG.code), MEDICAL)).toEqual({ kind: 'elsewhere' });
    expect(resolveService(chainFrom(CITY.code), MINIMUM_LIVING)).toEqual({ kind: 'elsewhere' });
    expect(resolveService([], DISABILITY)).toEqual({ kind: 'elsewhere' });
  });

  it('does not take inherited object members for services (a basic code such as "constructor")', () => {
    const parsed = JSON.parse(JSON.stringify(chainFrom(SHANGLIN.code))) as PlaceFile[];
    expect(resolveService(parsed, 'constructor')).toEqual({ kind: 'elsewhere' });
    expect(resolveService(parsed, '__proto__')).toEqual({ kind: 'elsewhere' });
  });
});

describe('placeFileName: a place code becomes a URL', () => {
  it('names the file after a 6- or 12-digit code', () => {
    expect(placeFileName('339102')).toBe('339102.json');
    expect(placeFileName('339102001001')).toBe('339102001001.json');
  });

  it('refuses anything but ASCII digits, naming the value', () => {
    for (const code of ['', '../339102', '339102/', '339102?x=1', '339102.json', '３３９１０２', '33910', '3391020010011', ' 339102']) {
      expect(isPlaceCode(code)).toBe(false);
      expect(() => placeFileName(code)).toThrow(`地区代码“${code}”`);
    }
  });
});
