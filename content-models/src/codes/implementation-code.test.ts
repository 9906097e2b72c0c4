import { describe, expect, it } from 'vitest';
import { defaultCodeFormat } from './code-format.ts';
import { creditCodeCheckCharacter } from './credit-code.ts';
import {
  composeImplementationCode,
  parseImplementationCode,
  validateImplementationCode,
} from './implementation-code.ts';

// Guangdong's published example; its credit code's check character H recomputes correctly.
const example = '11440100007482575H3440118009000';

function refusal(check: ReturnType<typeof validateImplementationCode>): string {
  if (check.ok) throw new Error('expected a refusal');
  return check.message;
}

describe('validateImplementationCode', () => {
  it('accepts the published example', () => {
    expect(validateImplementationCode(example)).toEqual({ ok: true });
  });

  it('accepts a code composed from a freshly computed credit code', () => {
    const first17 = '12330300MB0000001';
    const creditCode = `${first17}${creditCodeCheckCharacter(first17)}`;
    expect(validateImplementationCode(composeImplementationCode(creditCode, '4', '000524018000'))).toEqual({ ok: true });
  });

  it('refuses the wrong length', () => {
    expect(refusal(validateImplementationCode('11440100007482575H344011800900'))).toBe(
      '实施编码“11440100007482575H344011800900”应为 31 位（18 位统一社会信用代码 + 1 位行使层级 + 12 位基本编码），实际 30 位',
    );
  });

  it('refuses a credit code part whose check character is wrong', () => {
    const message = refusal(validateImplementationCode('11440100007482576H3440118009000'));
    expect(message).toContain('第 1–18 位：统一社会信用代码“11440100007482576H”校验位错误');
  });

  it('refuses a level digit outside 1–6', () => {
    expect(refusal(validateImplementationCode('11440100007482575H7440118009000'))).toContain(
      '第 19 位行使层级“7”不允许，应为 1、2、3、4、5、6 之一',
    );
  });

  it('refuses a basic code part with an unknown item type', () => {
    expect(refusal(validateImplementationCode('11440100007482575H3441118009000'))).toContain(
      '第 20 位起：基本编码“441118009000”第 3–4 位事项类型码“11”不是已知代码',
    );
  });

  it('follows a regional format for the level digits', () => {
    const format = { ...defaultCodeFormat, implementationLevels: ['3', '4'] };
    expect(refusal(validateImplementationCode('11440100007482575H5440118009000', format))).toContain('应为 3、4 之一');
  });
});

describe('parseImplementationCode and composeImplementationCode', () => {
  it('split and join the three parts', () => {
    const parts = parseImplementationCode(example);
    expect(parts).toEqual({ creditCode: '11440100007482575H', level: '3', basicCode: '440118009000' });
    expect(composeImplementationCode(parts!.creditCode, parts!.level, parts!.basicCode)).toBe(example);
  });

  it('give undefined for a code of the wrong length', () => {
    expect(parseImplementationCode(example.slice(1))).toBeUndefined();
  });
});
