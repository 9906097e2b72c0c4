import { describe, expect, it } from 'vitest';
import { mergeRankings } from './rank.ts';

describe('mergeRankings', () => {
  it('ranks a page matching most tokens above one scoring high on a single token', () => {
    const ranked = mergeRankings([
      { token: '残疾', hits: [{ id: 'subsidy', score: 9 }, { id: 'card', score: 3 }] },
      { token: '人证', hits: [{ id: 'card', score: 3 }] },
      { token: '残疾证', hits: [{ id: 'card', score: 3 }] },
    ]);
    expect(ranked.map((hit) => hit.id)).toEqual(['card', 'subsidy']);
    expect(ranked[0]).toMatchObject({ matched: 3, score: 9 });
  });

  it('ignores tokens nothing matched when counting coverage, so a typo does not sink the right page', () => {
    const ranked = mergeRankings([
      { token: '残疾', hits: [{ id: 'card', score: 2 }] },
      { token: '疾仁', hits: [] },
    ]);
    expect(ranked).toEqual([{ id: 'card', score: 2, matched: 1 }]);
  });

  it('breaks ties by id so results are stable', () => {
    const ranked = mergeRankings([{ token: '证', hits: [{ id: 'b', score: 1 }, { id: 'a', score: 1 }] }]);
    expect(ranked.map((hit) => hit.id)).toEqual(['a', 'b']);
  });
});
