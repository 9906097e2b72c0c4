import type { ItemType } from '../../vocabularies/index.ts';
import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { instrumentTitle, readBasis } from './legal-instrument.ts';
import { isMissing } from './placeholder-text.ts';

const id = 'legal-basis';
const { error, warning } = findingsOf(id);

/**
 * Public services may rest on 会议纪要 and standing public commitments as well as on law (the seeds
 * list 相关会议纪要、已作出公开承诺…的公共服务事项 among their sources); other items may not.
 */
const publicServiceTypes: readonly ItemType[] = ['20', '31'];

/**
 * 依法依规: 没有合法依据的不纳入. Every basis names its instrument (「无」 is no name) and should cite the
 * article. A unit's own rules, custom or "need" are no basis for any item; meeting minutes are none for
 * an administrative power.
 */
export const legalBasisRule: QualityRule = {
  id,
  title: '设定依据',
  check(guide) {
    const bases = guide.legalBasis ?? [];
    if (bases.length === 0) {
      return [error('legalBasis', '设定依据为空：没有合法依据的事项不纳入目录，请填写法律、法规或规章的名称和条款')];
    }
    const findings: Finding[] = [];
    const publicService = guide.itemType !== undefined && publicServiceTypes.includes(guide.itemType);
    bases.forEach((basis, i) => {
      if (isMissing(basis.instrument)) {
        const given = basis.instrument?.trim();
        const what = given ? `的法律法规名称“${given}”等于未填写` : '未填写法律法规名称';
        findings.push(error(`legalBasis.${i}.instrument`, `第 ${i + 1} 条设定依据${what}，请填写如《中华人民共和国行政许可法》`));
        return;
      }
      const instrument = basis.instrument.trim();
      const reading = readBasis(instrument);
      if (reading.kind === 'not-legal' && !(publicService && reading.what === '会议纪要')) {
        findings.push(
          error(`legalBasis.${i}.instrument`, `设定依据“${instrument}”属于${reading.what}，不是合法依据：没有合法依据的事项不纳入目录，请填写法律、法规或规章的名称和条款`),
        );
      } else if (isMissing(basis.article)) {
        findings.push(warning(`legalBasis.${i}.article`, `设定依据${instrumentTitle(instrument)}未填写条款号，请注明具体条款，如“第十二条”`));
      }
    });
    return findings;
  },
};
