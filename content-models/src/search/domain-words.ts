/**
 * Words of government services a general-purpose segmenter cuts wrongly or too finely; the index
 * builder adds them (and every synonym with its formal forms) to jieba's dictionary so they stay
 * whole. Add a word when a name is cut in a way a citizen would not read it.
 */
export const DOMAIN_WORDS: readonly string[] = [
  '社会保障卡', '社会保险', '医疗保险', '养老保险', '失业保险', '工伤保险', '生育保险', '住房公积金', '公积金',
  '最低生活保障', '特困人员', '残疾人证', '居民身份证', '居民户口簿', '户口', '出生医学证明', '结婚登记', '离婚登记',
  '不动产', '不动产权证书', '宅基地', '机动车', '驾驶证', '行驶证', '通行证', '营业执照', '食品经营', '施工许可',
  '异地就医', '转移接续', '参保登记', '待遇申领', '资格认定', '执业注册', '首次签发', '补领', '补办', '换领', '换证',
  '申领', '核发', '签发', '备案', '注销', '变更', '延续', '审批', '认定', '登记', '提取', '公证', '法律援助',
  '教师资格', '高龄津贴', '困难群众', '临时救助', '医疗救助', '殡葬', '退役军人', '优抚', '抚恤金', '丧葬补助金',
];
