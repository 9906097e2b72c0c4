import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';

const id = 'legal-basis';
const { error, warning } = findingsOf(id);

/** 依法依规: 没有合法依据的不纳入. Every basis names its instrument and should cite the article. */
export const legalBasisRule: QualityRule = {
  id,
  title: '设定依据',
  check(guide) {
    const bases = guide.legalBasis ?? [];
    if (bases.length === 0) {
      return [error('legalBasis', '设定依据为空：没有合法依据的事项不纳入目录，请填写法律、法规或规章的名称和条款')];
    }
    const findings: Finding[] = [];
    bases.forEach((basis, i) => {
      if (isBlank(basis.instrument)) {
        findings.push(error(`legalBasis.${i}.instrument`, `第 ${i + 1} 条设定依据未填写法律法规名称，请填写如《中华人民共和国行政许可法》`));
      } else if (isBlank(basis.article)) {
        findings.push(warning(`legalBasis.${i}.article`, `设定依据《${basis.instrument}》未填写条款号，请注明具体条款，如“第十二条”`));
      }
    });
    return findings;
  },
};
