import type { Region } from '../snapshot/snapshot-schema.ts';

/**
 * A fictional prefecture-level city shaped like a real one: GB/T 2260 six-digit codes for the city
 * and its counties, twelve-digit codes for towns (街道 001–099, 镇 100–199, 乡 200–299 as in the
 * statistical division codes) and villages (社区 001–199, 村 200+).
 */
export const CITY = { code: '339100', name: '瓯江市' } as const;

const COUNTIES = [
  { code: '339102', name: '江心区', urban: true },
  { code: '339103', name: '南塘区', urban: true },
  { code: '339104', name: '海城区', urban: true },
  { code: '339121', name: '清溪县', urban: false },
  { code: '339122', name: '云岭县', urban: false },
  { code: '339123', name: '石门县', urban: false },
  { code: '339124', name: '泽雅县', urban: false },
  { code: '339181', name: '安澜市', urban: false },
] as const;

const TOWN_STEMS = ['五马', '松台', '滨江', '蒲鞋', '仰义', '双屿', '丰门', '桥下', '大若', '碧莲', '枫林', '岩头', '鹤盛', '沙头', '巽宅', '溪口', '黄田', '三江', '乌牛', '瓯北', '塘下', '飞云', '马屿', '陶山', '湖岭', '高楼', '平阳', '腾蛟', '水头', '萧江'];
const VILLAGE_STEMS = ['上林', '下垟', '东岙', '西山', '南溪', '北岙', '中堡', '前洋', '后垟', '新塘', '老街', '龙潭', '凤凰', '青石', '白岩', '金竹', '银坑', '梅园', '桃源', '杏林', '竹溪', '松林', '柳湾', '荷塘', '石桥', '长岭', '仙岩', '云峰', '溪头', '岙底'];

export const TOWNS_PER_COUNTY = 12;

export interface RegionTree {
  city: Region;
  counties: Region[];
  towns: Region[];
  villages: Region[];
}

function townName(countyIndex: number, townIndex: number, urban: boolean): { suffix: string; serial: number; name: string } {
  const stem = TOWN_STEMS[(countyIndex * 7 + townIndex) % TOWN_STEMS.length] as string;
  if (urban || townIndex < 3) return { suffix: '街道', serial: townIndex + 1, name: `${stem}街道` };
  if (townIndex < 10) return { suffix: '镇', serial: 100 + townIndex, name: `${stem}镇` };
  return { suffix: '乡', serial: 200 + townIndex, name: `${stem}乡` };
}

function villageName(townIndex: number, villageIndex: number, street: boolean): { serial: number; name: string } {
  const stem = VILLAGE_STEMS[(townIndex * 11 + villageIndex) % VILLAGE_STEMS.length] as string;
  const round = Math.floor(villageIndex / VILLAGE_STEMS.length);
  // Beyond thirty villages a stem repeats, so the name takes a 一/二/… suffix as real villages do.
  const qualifier = round === 0 ? '' : ['一', '二', '三', '四', '五', '六', '七', '八', '九'][round - 1] ?? String(round);
  if (street) return { serial: villageIndex + 1, name: `${stem}${qualifier}社区` };
  return { serial: 200 + villageIndex, name: `${stem}${qualifier}村` };
}

export function buildRegionTree(villagesPerTown: number): RegionTree {
  const city: Region = { code: CITY.code, name: CITY.name, level: 'city' };
  const counties: Region[] = [];
  const towns: Region[] = [];
  const villages: Region[] = [];
  COUNTIES.forEach((county, countyIndex) => {
    counties.push({ code: county.code, name: county.name, level: 'county', parentCode: city.code });
    for (let t = 0; t < TOWNS_PER_COUNTY; t++) {
      const town = townName(countyIndex, t, county.urban);
      const townCode = `${county.code}${String(town.serial).padStart(3, '0')}000`;
      towns.push({ code: townCode, name: town.name, level: 'town', parentCode: county.code });
      for (let v = 0; v < villagesPerTown; v++) {
        const village = villageName(countyIndex * TOWNS_PER_COUNTY + t, v, town.suffix === '街道');
        villages.push({
          code: `${townCode.slice(0, 9)}${String(village.serial).padStart(3, '0')}`,
          name: village.name,
          level: 'village',
          parentCode: townCode,
        });
      }
    }
  });
  return { city, counties, towns, villages };
}

export function regionList(tree: RegionTree): Region[] {
  return [tree.city, ...tree.counties, ...tree.towns, ...tree.villages];
}
