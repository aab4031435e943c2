import { toSimplified } from '../text/script.js'

/**
 * Names of one indicator. Each group lists names a report may use for the same
 * thing; the first is the canonical one. Users extend it with a config file.
 */
export const SYNONYMS: string[][] = [
  ['地区生产总值', 'GDP', '国内生产总值', '本地生产总值', '国内生产毛额', '生产总值', '经济总量', 'gross domestic product', 'gross state domestic product', 'GSDP'],
  ['社会消费品零售总额', '社零', '社零额', '社会消费品零售额', 'retail sales'],
  ['一般公共预算收入', '地方一般公共预算收入', '一般预算收入', '财政收入', 'general public budget revenue'],
  ['规模以上工业增加值', '规上工业增加值', '工业增加值', 'industrial value added'],
  ['固定资产投资', '全社会固定资产投资', 'fixed asset investment', 'fixed-asset investment'],
  ['实际利用外资', '利用外资', '实际使用外资', 'foreign direct investment', 'FDI'],
  ['实际到位内资', '到位内资', '引进内资'],
  ['进出口总额', '外贸进出口总额', '进出口', '外贸进出口', 'exports and imports'],
  ['城镇新增就业', '新增就业', '城镇新增就业人数', 'new jobs', 'jobs created', 'urban jobs', 'new urban jobs'],
  // Surveyed and registered unemployment are two statistics (the survey counts more); a bare 失业率 is the survey's.
  ['城镇调查失业率', '调查失业率', '失业率', 'unemployment rate', 'unemployment', 'surveyed urban unemployment rate', 'average surveyed urban unemployment rate'],
  ['城镇登记失业率', '登记失业率', 'registered urban unemployment rate', 'registered unemployment rate'],
  ['单位地区生产总值能耗', '单位GDP能耗', '万元GDP能耗', '能耗强度', 'energy intensity', 'energy use per unit of GDP', 'energy consumption per unit of GDP'],
  ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民收入'],
  ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入', '农村居民收入'],
  ['居民消费价格', '居民消费价格指数', 'CPI', 'consumer prices', 'consumer price index'],
  ['粮食产量', '粮食总产量', 'grain output', 'grain production'],
  ['赤字率', 'deficit-to-GDP ratio', 'deficit ratio'],
  ['老旧小区改造', '老旧小区提质改造', '改造老旧小区', '提质改造老旧小区'],
  ['停车泊位', '停车位', '泊位', '车位', 'parking spaces'],
  ['口袋公园', '新建口袋公园', '建设口袋公园', 'pocket parks'],
]

/** Indicators where a smaller number is the better outcome. */
const LOWER_IS_BETTER = /失业率|能耗|排放|事故|发案|死亡|PM2\.5|PM10|污染|浓度|噪声|声级|酸雨频率|赤字|负债|债务|漏损|投诉|审批时限|工作日|空置率|拥堵|欠薪|发生率|unemployment|homeless|temporary accommodation|waiting lists?|backlog|arrears|delays?|crime|offences|overflows?|fly-tipping|casualties|injuries|killed|injured|\bKSI\b|emission|energy use|energy consumption|leakage|deficit|debt|accidents?|deaths?|complaints|sickness|absence|residual waste|inflation|vacanc(?:y|ies)|staff turnover|agency (?:spend|staff|costs?)|overspend|overpayments?|infections?|\bfalls\b|mortality|waiting (?:over|more than|longer than)|stillbirths?|readmissions?|cancell(?:ed|ations?)|breaches|\bwaits?\b|consumer prices?|consumer price index|concentrations?|noise|\b(?:average|unit) costs?\b|\bcosts? per\b|\bCPI\b|居民消费价格/i

/** A share of a bad thing dealt with ("resolved complaints", "clear the backlog", 投诉办结率, 受污染耕地安全利用率) or within bounds (浓度达标率) is better higher. */
const DEALT_WITH = /\b(resolv|handl|answer|clos|settl|clear|process|tackl|fix|repair|remov|recover|rehous)\w*\b|\bexit(?:ed|s|ing)?\s+(?:to|from|into)\b|\bhoused\b|办结|处理|处置|化解|解决|整改|清偿|清欠|查处|破获|侦破|结案|回复|答复|利用率|达标率|优良.{0,6}(?:比例|比率|率)|负氧离子|溶解氧/i

/** Time a thing takes ("days to process claims", "waiting time", 投诉处理平均时长 — not 志愿服务时长): shorter is better, whatever is done. */
const TIME_TAKEN = /\b(days|weeks|hours|time) to\b|waiting time|response time|turnaround|processing time|(?:处理|办理|等待|响应|审批|办结)\S{0,3}(?:时长|时间)|时限|用时|审批周期|办理周期/i

export function lowerIsBetter(name: string): boolean {
  const metric = toSimplified(name)
  return TIME_TAKEN.test(metric) || (LOWER_IS_BETTER.test(metric) && !DEALT_WITH.test(metric))
}
