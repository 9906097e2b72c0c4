import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { readBasis } from './legal-instrument.ts';
import { isMissing } from './placeholder-text.ts';

const id = 'intermediary-basis';
const { error, warning } = findingsOf(id);

/**
 * 除法律、行政法规、国务院决定、国家部门规章以及地方性法规、省政府规章设定的中介服务事项外，审批部门
 * 不得以任何形式要求申请人委托中介服务机构开展服务. An intermediary service without such a basis is an
 * error; a basis this rule cannot place is left to the reviewer as a warning.
 */
export const intermediaryBasisRule: QualityRule = {
  id,
  title: '中介服务须有法定依据',
  check(guide) {
    const findings: Finding[] = [];
    (guide.intermediaryServices ?? []).forEach((service, i) => {
      const name = service.name?.trim() ? `中介服务“${service.name.trim()}”` : `第 ${i + 1} 项中介服务`;
      const path = `intermediaryServices.${i}.basis`;
      const accepted = '除法律、行政法规、国务院决定、部门规章和地方性法规、省级政府规章设定的外，不得要求申请人委托中介服务';
      if (isMissing(service.basis)) {
        const what = service.basis?.trim() ? `的设定依据“${service.basis.trim()}”等于未填写` : '未填写设定依据';
        findings.push(error(path, `${name}${what}：${accepted}，请填写设定该中介服务的法律法规名称和条款，或取消该中介服务`));
        return;
      }
      const basis = service.basis!.trim();
      const reading = readBasis(basis);
      if (reading.kind === 'not-legal') {
        findings.push(error(path, `${name}的设定依据“${basis}”属于${reading.what}：${accepted}，请填写法律法规名称和条款，或取消该中介服务`));
      } else if (reading.kind === 'unclear') {
        findings.push(warning(path, `${name}的设定依据“${basis}”未写明法律、法规或规章：请核实并写明名称和条款，如“《建设工程质量管理条例》第十一条”`));
      }
    });
    return findings;
  },
};
