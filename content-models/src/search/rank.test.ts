import { describe, expect, it } from 'vitest';
import { rankServices, TIER_VALUE, type Lookup } from './rank.ts';

/** One look-up: a word in a field, and the services it found with Pagefind's scores. */
const lookup = (word: string, tier: Lookup['tier'], ...hits: [id: string, score: number][]): Lookup => ({ word, tier, hits: hits.map(([id, score]) => ({ id, score })) });
/** n services that hold a word, so it is as common as a real word in a thousand services. */
const others = (prefix: string, n: number): [string, number][] => Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 1]);
/** A catalog of a thousand services. */
const TOTAL = 1000;
const ids = (lookups: Lookup[]) => rankServices(lookups, TOTAL).map((service) => service.id);
const position = (lookups: Lookup[], id: string) => ids(lookups).indexOf(id);

describe('rankServices: a whole name or code', () => {
  it('puts the service whose whole name is the query first, whatever the others’ word scores', () => {
    const ranked = rankServices(
      [
        lookup('残疾人证换领', 'exact', ['exact', 1]),
        lookup('残疾人证', 'name', ['words', 10], ['exact', 1]),
        lookup('换领', 'name', ['words', 10], ['exact', 1]),
        lookup('换领', 'alias', ['words', 10]),
      ],
      TOTAL,
    );
    expect(ranked.map((service) => service.id)).toEqual(['exact', 'words']);
    expect(ranked[0]!.exact).toBe(true);
    expect(ranked[1]!.exact).toBe(false);
    expect(ranked[1]!.score).toBeGreaterThan(ranked[0]!.score);
  });

  it('marks a service found by its 基本编码 as exact, even with no word score at all', () => {
    const ranked = rankServices([lookup('002007001000', 'exact', ['coded', 1]), lookup('残疾人证', 'name', ['named', 10])], TOTAL);
    expect(ranked.map((service) => service.id)).toEqual(['coded', 'named']);
    expect(ranked[0]).toMatchObject({ exact: true, score: 0 });
  });
});

describe('rankServices: where a word was found', () => {
  it('ranks a name hit above an alias hit above an other-field hit, whatever Pagefind scored within each', () => {
    const ranked = ids([
      lookup('驾照', 'name', ['named', 1], ['strong-name', 10]),
      lookup('驾照', 'alias', ['aliased', 10]),
      lookup('驾照', 'other', ['other', 10]),
    ]);
    expect(ranked).toEqual(['strong-name', 'named', 'aliased', 'other']);
  });

  it('counts a word once per service, in the best field it was found in', () => {
    const both = rankServices([lookup('驾照', 'name', ['a', 1]), lookup('驾照', 'alias', ['a', 1])], TOTAL);
    const nameOnly = rankServices([lookup('驾照', 'name', ['a', 1])], TOTAL);
    expect(both[0]!.score).toBeCloseTo(nameOnly[0]!.score);
  });

  it('values the fields in the order name, alias, other, char', () => {
    expect(TIER_VALUE.name).toBeGreaterThan(TIER_VALUE.alias);
    expect(TIER_VALUE.alias).toBeGreaterThan(TIER_VALUE.other);
    expect(TIER_VALUE.other).toBeGreaterThan(TIER_VALUE.char);
    // Pagefind's score moves a hit by at most a quarter: a weak alias hit never loses to a strong other hit.
    expect(TIER_VALUE.alias * 0.75).toBeGreaterThan(TIER_VALUE.other);
    expect(TIER_VALUE.name * 0.75).toBeGreaterThan(TIER_VALUE.alias);
  });

  it('ranks a service holding more of the query’s words higher', () => {
    expect(ids([lookup('驾驶证', 'name', ['both', 1], ['one', 1]), lookup('补领', 'alias', ['both', 1])])).toEqual(['both', 'one']);
  });
});

describe('rankServices: materials', () => {
  it('ranks a service found only through its materials below any service found in a ranking field', () => {
    const lookups = [
      lookup('营业执照', 'material', ['asks-for-licence', 10], ['also-asks', 10]),
      lookup('营业执照', 'other', ['other', 1]),
      lookup('补', 'char', ['char', 1], ...others('c', 500)),
    ];
    const ranked = rankServices(lookups, TOTAL);
    expect(ranked[0]!.id).toBe('other');
    expect(ranked.slice(-2).map((service) => service.id)).toEqual(['also-asks', 'asks-for-licence']);
    expect(ranked.at(-1)).toMatchObject({ score: 0 });
    expect(ranked.at(-1)!.material).toBeGreaterThan(0);
    expect(position(lookups, 'asks-for-licence')).toBeGreaterThan(position(lookups, 'char'));
  });

  it('breaks ties between services with the same word score', () => {
    expect(
      ids([
        lookup('个体工商户', 'name', ['a-without', 1], ['b-with', 1]),
        lookup('营业执照', 'material', ['b-with', 1]),
      ]),
    ).toEqual(['b-with', 'a-without']);
  });

  it('never lifts a service above one with a higher word score', () => {
    expect(
      ids([
        lookup('个体工商户', 'name', ['stronger', 10], ['weaker-with-materials', 1]),
        lookup('营业执照', 'material', ['weaker-with-materials', 10]),
        lookup('身份证', 'material', ['weaker-with-materials', 10]),
        lookup('户口本', 'material', ['weaker-with-materials', 10]),
      ]),
    ).toEqual(['stronger', 'weaker-with-materials']);
  });

  it('does not make a word common because many services ask for it as a material', () => {
    const asMaterial = others('m', 900);
    const rare = rankServices([lookup('身份证', 'name', ['card', 1]), lookup('身份证', 'material', ...asMaterial)], TOTAL);
    const alone = rankServices([lookup('身份证', 'name', ['card', 1])], TOTAL);
    expect(rare[0]!.id).toBe('card');
    expect(rare[0]!.score).toBeCloseTo(alone[0]!.score);
  });
});

describe('rankServices: how much a word weighs', () => {
  it('weighs a rare word more than a common one', () => {
    const ranked = rankServices(
      [
        lookup('办理', 'name', ['common', 1], ...others('x', 600)),
        lookup('残疾', 'name', ['rare', 1], ...others('y', 5)),
      ],
      TOTAL,
    );
    expect(ranked[0]!.id).toBe('rare');
    expect(ranked[0]!.score).toBeGreaterThan(2 * ranked.find((service) => service.id === 'common')!.score);
  });

  it('weighs a longer word more than a shorter one found as often', () => {
    const lookups = [lookup('社保', 'name', ['short', 1], ...others('x', 10)), lookup('社会保障卡', 'name', ['long', 1], ...others('y', 10))];
    expect(position(lookups, 'long')).toBe(0);
    expect(position(lookups, 'short')).toBeGreaterThan(position(lookups, 'y9'));
  });

  it('still weighs a word nobody else holds when the index counts fewer services than hits', () => {
    const ranked = rankServices([lookup('残疾人证', 'name', ['a', 1], ['b', 1], ['c', 1])], 1);
    expect(ranked.map((service) => service.id)).toEqual(['a', 'b', 'c']);
    for (const service of ranked) expect(service.score).toBeGreaterThan(0);
  });
});

describe('rankServices: a name’s characters', () => {
  it('orders services that match the words equally: 补 tells 补领 from 换证 for 驾照丢了怎么补', () => {
    expect(
      ids([
        lookup('驾照', 'alias', ['a-renew', 1], ['b-replace', 1]),
        lookup('补', 'char', ['b-replace', 1], ...others('z', 30)),
      ]),
    ).toEqual(['b-replace', 'a-renew', ...others('z', 30).map(([id]) => id).sort((a, b) => a.localeCompare(b))]);
  });

  it('weighs less than a word of the same rarity in any ranking field', () => {
    const lookups = [lookup('补', 'char', ['char', 1], ...others('c', 9)), lookup('证明', 'other', ['word', 1], ...others('w', 9))];
    expect(position(lookups, 'char')).toBeGreaterThan(position(lookups, 'word'));
    expect(position(lookups, 'char')).toBeGreaterThan(position(lookups, 'w8'));
  });
});

describe('rankServices: other names', () => {
  it('counts a word found whole as another name of a service (an editor alias) like a name word, above a dictionary synonym', () => {
    const ranked = rankServices([lookup('准生证', 'alias', ['synonym', 1], ['own-alias', 1]), lookup('准生证', 'otherName', ['own-alias', 1])], 100);
    expect(ranked.map((service) => service.id)).toEqual(['own-alias', 'synonym']);
    const named = rankServices([lookup('准生证', 'name', ['named', 1]), lookup('准生证', 'otherName', ['own-alias', 1])], 100);
    expect(named[0]!.score).toBeCloseTo(named[1]!.score);
  });
});

describe('rankServices: equal scores', () => {
  it('orders services with equal scores by id', () => {
    expect(ids([lookup('证', 'name', ['b', 1], ['c', 1], ['a', 1])])).toEqual(['a', 'b', 'c']);
  });

  it('ranks the same whatever order the look-ups and hits arrive in', () => {
    const lookups = [
      lookup('驾照', 'alias', ['d', 2], ['a', 2], ['c', 1]),
      lookup('补领', 'name', ['b', 3], ['a', 3]),
      lookup('补', 'char', ['c', 1], ['d', 1]),
      lookup('身份证', 'material', ['b', 1], ['e', 1]),
    ];
    const reversed = [...lookups].reverse().map((found) => ({ ...found, hits: [...found.hits].reverse() }));
    expect(ids(reversed)).toEqual(ids(lookups));
  });

  it('returns nothing when nothing was found', () => {
    expect(rankServices([], TOTAL)).toEqual([]);
    expect(rankServices([lookup('驾照', 'name')], TOTAL)).toEqual([]);
  });
});
