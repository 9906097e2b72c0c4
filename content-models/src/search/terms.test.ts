import { describe, expect, it } from 'vitest';
import { encodedWordOf, encodeToken, exactTerm, NAMESPACE, namespaceOf, TIERS, tierNamespace } from './terms.ts';

/** Reads a term back: the word (five digits per UTF-16 unit), then its namespace and the end digit. */
function decode(term: string): { namespace: string; word: string } {
  const body = encodedWordOf(term);
  let word = '';
  for (let i = 0; i < body.length; i += 5) word += String.fromCharCode(Number(body.slice(i, i + 5)));
  return { namespace: namespaceOf(term), word };
}

const WORDS = ['登', '登记', '登记证', '户口', '户口登记', '口登', '社保卡', '驾照', 'sbk', 'shebaoka', '002007001000', '𠀀', '𠀀记', 'a', '9', '99'];

describe('encodeToken', () => {
  it('writes every UTF-16 unit as five decimal digits, zero-padded', () => {
    expect(encodeToken('登')).toBe('30331'); // U+767B
    expect(encodeToken('登记')).toBe('3033135760');
    expect(encodeToken('a')).toBe('00097');
    expect(encodeToken('0')).toBe('00048');
    expect(encodeToken('')).toBe('');
  });

  it('writes a character outside the BMP as its two surrogates', () => {
    expect(encodeToken('𠀀')).toBe('5536056320'); // U+20000 = D840 DC00
    expect(encodeToken('😀')).toHaveLength(10);
  });

  it('is digits only, five per unit, and can be read back', () => {
    for (const word of WORDS) {
      const encoded = encodeToken(word);
      expect(encoded).toMatch(/^\d*$/);
      expect(encoded).toHaveLength(5 * word.length);
      expect(decode(`${encoded}909`).word).toBe(word);
    }
  });

  it('never starts a unit with 7, 8 or 9, the digits namespaces and the end use', () => {
    expect(encodeToken('\uffff')).toBe('65535');
    for (const word of WORDS) {
      const units = encodeToken(word).match(/\d{5}/g) ?? [];
      for (const unit of units) expect(unit[0]).toMatch(/[0-6]/);
    }
  });
});

describe('exactTerm', () => {
  it('is the encoded word, the namespace and the end digit 9', () => {
    expect(exactTerm(NAMESPACE.name, '登记')).toBe('3033135760' + '91' + '9');
    expect(exactTerm(NAMESPACE.code, '002007001000')).toBe(`${encodeToken('002007001000')}809`);
    expect(decode(exactTerm(NAMESPACE.alias, '驾照'))).toEqual({ namespace: '92', word: '驾照' });
  });

  it('gives no two different (namespace, word) pairs the same term', () => {
    const namespaces = Object.values(NAMESPACE);
    const terms = namespaces.flatMap((namespace) => WORDS.map((word) => exactTerm(namespace, word)));
    expect(new Set(terms).size).toBe(namespaces.length * WORDS.length);
  });

  it('never makes one term a prefix of another, so 登记 cannot match 登记证 even as a prefix look-up', () => {
    expect(exactTerm(NAMESPACE.name, '登记证').startsWith(exactTerm(NAMESPACE.name, '登记'))).toBe(false);
    const terms = Object.values(NAMESPACE).flatMap((namespace) => WORDS.map((word) => exactTerm(namespace, word)));
    for (const a of terms) {
      for (const b of terms) if (a !== b) expect(b.startsWith(a), `${a} is a prefix of ${b}`).toBe(false);
    }
  });
});

describe('term order', () => {
  it('keeps one word\'s fields side by side, so a query\'s look-ups share an index chunk', () => {
    const terms = [...Object.values(NAMESPACE).map((namespace) => exactTerm(namespace, '登记')), exactTerm(NAMESPACE.name, '户口'), exactTerm(NAMESPACE.material, '登记证')].sort();
    const ofWord = terms.map((term, i) => [term, i] as const).filter(([term]) => decode(term).word === '登记').map(([, i]) => i);
    expect(ofWord.at(-1)! - ofWord[0]!).toBe(ofWord.length - 1);
  });
});

describe('namespaces', () => {
  it('are distinct two-digit codes starting with 8 or 9', () => {
    const codes = Object.values(NAMESPACE);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[89]\d$/);
  });

  it('list the looked-up fields from the most to the least telling, each with its own namespace', () => {
    expect(TIERS).toEqual(['name', 'alias', 'other', 'material']);
    expect(TIERS.map(tierNamespace)).toEqual([NAMESPACE.name, NAMESPACE.alias, NAMESPACE.other, NAMESPACE.material]);
    expect(tierNamespace('char')).toBe(NAMESPACE.char);
  });
});
