/** 问题 13 中的低优先级措辞（占位符、提示文字、图表坐标轴）。 */
export default {
  anyMemory: '不限',
  linearAxis: '线性坐标'
}
