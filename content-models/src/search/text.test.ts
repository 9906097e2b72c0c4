import { describe, expect, it } from 'vitest';
import { isHan, normalize, phrase, runs, stripMarkup } from './text.ts';

describe('normalize', () => {
  it('turns full-width letters, digits and punctuation half-width', () => {
    expect(normalize('ＡＢＣ１２３（补办）')).toBe('abc123(补办)');
  });

  it('lower-cases letters, so SheBao and shebao are one spelling', () => {
    expect(normalize('SheBao')).toBe('shebao');
    expect(normalize('ＳｈｅＢａｏ')).toBe('shebao');
  });

  it('turns the ideographic space into an ordinary one', () => {
    expect(normalize('社保\u3000卡')).toBe('社保 卡');
  });

  it('gives a Kangxi radical its ordinary character', () => {
    expect(normalize('⾦')).toBe('金');
  });

  it('leaves simplified and traditional Chinese as they are', () => {
    expect(normalize('驾照補辦')).toBe('驾照補辦');
  });
});

describe('stripMarkup', () => {
  it('turns tags into separators', () => {
    expect(stripMarkup('<b>社保</b>卡')).toBe(' 社保 卡');
    expect(stripMarkup('<script>alert(1)</script>')).toBe(' alert(1) ');
  });

  it('turns named and numeric entities into separators', () => {
    expect(stripMarkup('社保&amp;卡&#12345;补&nbsp;办')).toBe('社保 卡 补 办');
  });

  it('leaves text without markup unchanged', () => {
    expect(stripMarkup('驾照丢了怎么补')).toBe('驾照丢了怎么补');
  });
});

describe('runs', () => {
  it('splits Han from letters and digits, in order', () => {
    expect(runs('社保卡sbk补办123驾照')).toEqual(['社保卡', 'sbk', '补办', '123', '驾照']);
  });

  it('keeps letters and digits together in one run', () => {
    expect(runs('a1b2 社保')).toEqual(['a1b2', '社保']);
  });

  it('separates on spaces, punctuation and emoji, and drops them', () => {
    expect(runs(' 社保\t卡，补办！😀驾照-ABC\n')).toEqual(['社保', '卡', '补办', '驾照', 'abc']);
    expect(runs('😀😀')).toEqual([]);
  });

  it('reads full-width text the same as half-width', () => {
    expect(runs('ＳＢＫ１２')).toEqual(['sbk12']);
  });

  it('returns nothing for empty text', () => {
    expect(runs('')).toEqual([]);
  });
});

describe('phrase', () => {
  it('joins the runs without separators', () => {
    expect(phrase(' 社保 卡（补办）')).toBe('社保卡补办');
    expect(phrase('社保😀卡 SBK')).toBe('社保卡sbk');
  });
});

describe('isHan', () => {
  it('is true when the text holds a Han character, simplified or traditional', () => {
    expect(isHan('社')).toBe(true);
    expect(isHan('補')).toBe(true);
    expect(isHan('a社')).toBe(true);
  });

  it('is false for letters, digits, kana and emoji', () => {
    for (const text of ['abc', '123', 'の', '😀', '']) expect(isHan(text), text).toBe(false);
  });
});
