import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlaceFile } from '../../content-models/src/search/places.ts';
import { currentPlaceCode, getJson, loadPlaceChain, loadPlaceFile, PLACE_KEY, placeHref, placeStorage, rememberPlace, type PlaceStorage } from '../../site/src/search/place.ts';

const ROOT = '339100';

function memoryStorage(initial: Record<string, string> = {}): PlaceStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const refusingStorage: PlaceStorage = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
};

function placeFile(code: string, name: string, path: [string, string][]): PlaceFile {
  return { code, name, path: path.map(([c, n]) => ({ code: c, name: n })), children: [], services: {} };
}

const CITY = placeFile('339100', '瓯江市', [['339100', '瓯江市']]);
const COUNTY = placeFile('339102', '江心区', [['339100', '瓯江市'], ['339102', '江心区']]);
const TOWN = placeFile('339102001000', '五马街道', [['339100', '瓯江市'], ['339102', '江心区'], ['339102001000', '五马街道']]);

/** A server holding `files` under /places/; `fail` URLs reject as a dropped connection would. */
function fakeServer(files: PlaceFile[], fail: string[] = []) {
  const byUrl = new Map(files.map((file) => [`/places/${file.code}.json`, file]));
  const requested: string[] = [];
  const fetchJson = vi.fn(async (url: string) => {
    requested.push(url);
    if (fail.includes(url)) throw new Error('network');
    return structuredClone(byUrl.get(url));
  });
  return { fetchJson, requested };
}

describe('currentPlaceCode: address, then memory, then the site’s own region', () => {
  it('takes ?region= from the address and remembers it', () => {
    const storage = memoryStorage({ [PLACE_KEY]: '339103' });
    expect(currentPlaceCode('?q=低保&region=339102001000', storage, ROOT)).toBe('339102001000');
    expect(storage.items.get(PLACE_KEY)).toBe('339102001000');
  });

  it('takes the remembered place when the address has none', () => {
    expect(currentPlaceCode('?q=低保', memoryStorage({ [PLACE_KEY]: '339103' }), ROOT)).toBe('339103');
  });

  it('falls back to the site’s own region with nothing remembered', () => {
    expect(currentPlaceCode('', memoryStorage(), ROOT)).toBe(ROOT);
  });

  it('ignores invalid codes in the address and in memory, and does not remember them', () => {
    const storage = memoryStorage({ [PLACE_KEY]: '../admin' });
    expect(currentPlaceCode('?region=339102%2F..', storage, ROOT)).toBe(ROOT);
    expect(storage.items.get(PLACE_KEY)).toBe('../admin');
    expect(currentPlaceCode('?region=', memoryStorage({ [PLACE_KEY]: '339103' }), ROOT)).toBe('339103');
  });

  it('still works when the browser refuses storage', () => {
    expect(currentPlaceCode('?region=339102', refusingStorage, ROOT)).toBe('339102');
    expect(currentPlaceCode('', refusingStorage, ROOT)).toBe(ROOT);
    expect(() => rememberPlace('339102', refusingStorage)).not.toThrow();
  });
});

describe('rememberPlace and placeStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('remembers a valid code and ignores anything else', () => {
    const storage = memoryStorage();
    rememberPlace('<script>', storage);
    expect(storage.items.size).toBe(0);
    rememberPlace('339102', storage);
    expect(storage.items.get(PLACE_KEY)).toBe('339102');
  });

  it('uses localStorage when the browser has it', () => {
    const local = memoryStorage();
    vi.stubGlobal('localStorage', local);
    expect(placeStorage()).toBe(local);
  });

  it('keeps the place for the page when reaching localStorage throws', () => {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new Error('SecurityError'); } });
    try {
      const storage = placeStorage();
      rememberPlace('339102', storage);
      expect(currentPlaceCode('', storage, ROOT)).toBe('339102');
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe('loadPlaceChain: the place, then its ancestors nearest first', () => {
  it('fetches the place file, then every ancestor on its path in parallel', async () => {
    const server = fakeServer([CITY, COUNTY, TOWN]);
    const chain = await loadPlaceChain(TOWN.code, server.fetchJson);
    expect(chain.map((file) => file.name)).toEqual(['五马街道', '江心区', '瓯江市']);
    expect(server.requested[0]).toBe('/places/339102001000.json');
    expect(server.requested.slice(1).sort()).toEqual(['/places/339100.json', '/places/339102.json']);
  });

  it('leaves out a missing ancestor, and is empty when the place itself is missing', async () => {
    const server = fakeServer([CITY, TOWN]);
    expect((await loadPlaceChain(TOWN.code, server.fetchJson)).map((file) => file.code)).toEqual(['339102001000', '339100']);
    expect(await loadPlaceChain('339199', server.fetchJson)).toEqual([]);
  });

  it('keeps loaded files in memory: a second chain through the same places fetches nothing', async () => {
    const server = fakeServer([CITY, COUNTY, TOWN]);
    await loadPlaceChain(TOWN.code, server.fetchJson);
    await loadPlaceChain(COUNTY.code, server.fetchJson);
    expect(server.fetchJson).toHaveBeenCalledTimes(3);
  });

  it('retries a file whose request failed, instead of remembering the failure', async () => {
    const server = fakeServer([CITY, COUNTY], ['/places/339102.json']);
    expect(await loadPlaceFile(COUNTY.code, server.fetchJson)).toBeUndefined();
    await loadPlaceFile(COUNTY.code, server.fetchJson);
    expect(server.requested).toEqual(['/places/339102.json', '/places/339102.json']);
  });

  it('rejects a file that is not the place asked for, and never requests an invalid code', async () => {
    const wrong = vi.fn(async () => COUNTY);
    expect(await loadPlaceFile('339103', wrong)).toBeUndefined();
    expect(await loadPlaceFile('../secret', wrong)).toBeUndefined();
    expect(wrong).toHaveBeenCalledTimes(1);
  });

  it('reads from another base address', async () => {
    const fetchJson = vi.fn(async (_url: string) => CITY);
    await loadPlaceChain(CITY.code, fetchJson, '/catalog/places/');
    expect(fetchJson).toHaveBeenCalledWith('/catalog/places/339100.json');
  });
});

describe('getJson: a missing file is not a failure', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (status: number) => vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(CITY), { status })));

  it('parses a found file, gives undefined for 404 and rejects other errors so they are retried', async () => {
    answer(200);
    expect(await getJson('/places/339100.json')).toEqual(CITY);
    answer(404);
    expect(await getJson('/places/339100.json')).toBeUndefined();
    answer(503);
    await expect(getJson('/places/339100.json')).rejects.toThrow('/places/339100.json: HTTP 503');
  });
});

describe('placeHref: links carry the place', () => {
  it('adds region= to a link without parameters, before its fragment', () => {
    expect(placeHref('/items/11339102MB0000000XQT3002007001000/', '339102')).toBe('/items/11339102MB0000000XQT3002007001000/?region=339102');
    expect(placeHref('/c/002007001000/#materials', '339102')).toBe('/c/002007001000/?region=339102#materials');
  });

  it('replaces an existing region= and keeps the other parameters', () => {
    expect(placeHref('/search/?q=低保&region=339103&dazi=1', '339102')).toBe(`/search/?q=${encodeURIComponent('低保')}&region=339102&dazi=1`);
    expect(placeHref('https://example.gov.cn/search/?region=1&region=2', '339102001000')).toBe('https://example.gov.cn/search/?region=339102001000');
  });

  it('leaves the link as it is for an invalid code', () => {
    expect(placeHref('/search/?q=a', 'x&q=b')).toBe('/search/?q=a');
  });
});
