import { defaultProcedure, procedures, type Procedure } from '@catalog/content-models';

/**
 * The procedure every adjustment follows, chosen by WORKFLOW_PROCEDURE (an id of content-models'
 * `procedures`: two-reports-two-reviews, joint-review, dynamic-adjustment); 两报两审 by default.
 */
export function activeProcedure(id: string | undefined = process.env.WORKFLOW_PROCEDURE): Procedure {
  if (!id) return defaultProcedure;
  const procedure = procedures[id];
  if (!procedure) {
    throw new Error(`环境变量 WORKFLOW_PROCEDURE 的值“${id}”不是已知的审核流程。可接受：${Object.keys(procedures).join('、')}。`);
  }
  return procedure;
}
