import type { Location, UnitRef } from '../guide/guide-schema.ts';
import type { Region } from '../snapshot/snapshot-schema.ts';
import { makeCreditCode } from './credit-code.ts';
import { DEPARTMENTS, type Department } from './departments.ts';
import { appendWord } from './names.ts';
import { hashString } from './random.ts';
import type { RegionTree } from './regions.ts';

/** A generated unit with what the item builder needs beside its public reference. */
export interface GeneratedUnit {
  ref: UnitRef;
  department: Department;
  region: Region;
  /** The county (or the city) whose service hall and phone prefix the unit uses. */
  countyName: string;
  location: Location;
}

const HOURS = '周一至周五 上午8:30—12:00，下午13:30—17:00（法定节假日除外）';
const STREETS = ['世纪大道', '人民路', '学院路', '府前街', '瓯江路', '新城大道', '江滨路', '锦绣路', '望江路', '公园路'];

function phone(unitSerial: number): string {
  return `0577-8${String(hashString(`phone-${unitSerial}`) % 1_000_000).padStart(6, '0').slice(0, 3)}${String(unitSerial % 10_000).padStart(4, '0')}`;
}

function unitName(dept: Department, region: Region, tree: RegionTree, townName: string): string {
  if (dept.key === 'power') return `国网${region.name}供电公司`;
  if (dept.key === 'town') {
    const county = tree.counties.find((c) => c.code === region.parentCode);
    return `${county?.name ?? ''}${region.name}${region.name.endsWith('街道') ? '办事处' : '人民政府'}`;
  }
  // Village names repeat across towns, so the committee's name carries its town (as its seal does).
  if (dept.key === 'village') return `${townName}${region.name}${region.name.endsWith('社区') ? '居民委员会' : '村民委员会'}`;
  return `${region.name}${dept.name}`;
}

function location(dept: Department, region: Region, unit: string, countyName: string, townName: string, serial: number): Location {
  const street = STREETS[serial % STREETS.length] as string;
  const number = (serial % 300) + 1;
  if (dept.kind === 'soe' || dept.kind === 'intermediary') {
    return { name: `${unit}${dept.handlingUnit}`, address: `${countyName}${street}${number}号`, hours: '周一至周日 8:30—17:30', transit: `乘坐${(serial % 40) + 1}路公交车至${street}站下车` };
  }
  if (region.level === 'town') return { name: `${region.name}便民服务中心`, address: `${countyName}${region.name}${street}${number}号`, hours: HOURS, transit: `乘坐镇村公交${(serial % 20) + 1}路至${region.name}站下车` };
  if (region.level === 'village') return { name: `${townName}${region.name}便民服务站`, address: `${countyName}${townName}${region.name}村民服务中心一楼`, hours: '周一至周六 8:30—11:30，14:00—17:00' };
  const hall = region.level === 'city' ? '瓯江市民中心（市行政服务中心）' : `${region.name}行政服务中心`;
  const address = region.level === 'city' ? '瓯江市江心区世纪大道1号' : `${region.name}${street}${number}号`;
  return { name: appendWord(`${hall}${dept.handlingUnit}`, '窗口'), address, hours: HOURS, transit: `乘坐${(serial % 60) + 1}路、${(serial % 60) + 61}路公交车至${region.level === 'city' ? '市民中心' : `${region.name}行政服务中心`}站下车` };
}

/**
 * One unit per department and region where the department exists, one government per town and one
 * committee per village. Serial numbers follow build order, so credit codes are stable for a tree.
 */
export function buildUnits(tree: RegionTree): GeneratedUnit[] {
  const units: GeneratedUnit[] = [];
  const add = (dept: Department, region: Region, countyCode: string, countyName: string, townName = ''): void => {
    const serial = units.length + 1;
    const name = unitName(dept, region, tree, townName);
    const supervisor = dept.supervisor ? `${countyName}${dept.supervisor}` : undefined;
    const place = location(dept, region, name, countyName, townName, serial);
    units.push({
      ref: {
        id: `${dept.key}-${region.code}`,
        name,
        kind: dept.kind,
        creditCode: makeCreditCode(dept.credit, countyCode, 30_000_000 + serial * 37),
        phone: phone(serial),
        address: place.address,
        hours: place.hours,
        ...(supervisor ? { supervisorName: supervisor } : {}),
      },
      department: dept,
      region,
      countyName,
      location: place,
    });
  };
  for (const dept of DEPARTMENTS) if (dept.at.includes('city')) add(dept, tree.city, tree.city.code, tree.city.name);
  for (const county of tree.counties) {
    for (const dept of DEPARTMENTS) if (dept.at.includes('county')) add(dept, county, county.code, county.name);
  }
  const town = DEPARTMENTS.find((d) => d.key === 'town') as Department;
  const village = DEPARTMENTS.find((d) => d.key === 'village') as Department;
  const countyOf = new Map(tree.counties.map((c) => [c.code, c]));
  for (const t of tree.towns) {
    const county = countyOf.get(t.parentCode ?? '') ?? tree.city;
    add(town, t, county.code, county.name);
  }
  const townOf = new Map(tree.towns.map((t) => [t.code, t]));
  for (const v of tree.villages) {
    const town = townOf.get(v.parentCode ?? '');
    const county = countyOf.get(town?.parentCode ?? '') ?? tree.city;
    add(village, v, county.code, county.name, town?.name);
  }
  return units;
}
