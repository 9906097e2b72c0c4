/**
 * Abbreviations and common names citizens type, with the official wording they stand for.
 * Dictionary segmenters (ICU, Pagefind's own) split these into single characters, and many are not
 * even substrings of the official name (准生证 vs 生育服务证), so bigrams alone cannot find them.
 * Maintained by hand: add a line when the search log shows a common name that finds nothing.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  医保: ['医疗保险', '医疗保障'],
  社保: ['社会保险', '社会保障'],
  社保卡: ['社会保障卡'],
  公积金: ['住房公积金'],
  低保: ['最低生活保障'],
  特困: ['特困人员', '特困供养', '特困人员救助供养'],
  五保: ['特困人员救助供养', '农村五保供养'],
  准生证: ['生育服务证', '生育登记', '生育服务登记'],
  出生证: ['出生医学证明'],
  残疾证: ['残疾人证'],
  身份证: ['居民身份证'],
  户口本: ['居民户口簿', '户口簿'],
  房产证: ['不动产权证书', '不动产登记', '房屋所有权证'],
  驾照: ['机动车驾驶证', '驾驶证'],
  行驶证: ['机动车行驶证'],
  退休: ['养老保险待遇', '养老金'],
  养老金: ['基本养老金', '养老保险待遇'],
  失业金: ['失业保险金'],
  生育险: ['生育保险'],
  工伤: ['工伤保险', '工伤认定'],
  新农合: ['城乡居民基本医疗保险', '新型农村合作医疗'],
  居保: ['城乡居民基本养老保险', '城乡居民养老保险'],
  异地就医: ['跨省异地就医', '异地就医备案', '异地安置'],
  结婚证: ['结婚登记'],
  离婚证: ['离婚登记'],
  教师证: ['教师资格'],
  助学贷款: ['生源地信用助学贷款', '国家助学贷款'],
  廉租房: ['公共租赁住房', '保障性住房', '保障性租赁住房'],
  公租房: ['公共租赁住房'],
  丧葬费: ['丧葬补助金', '丧葬补助'],
  独生子女证: ['独生子女父母光荣证'],
  港澳通行证: ['往来港澳通行证'],
  护照: ['普通护照'],
};
