/** 议题 13：防止静默变化或不合理数字进入结果的警告。 */
export default {
  genericArchitecture:
    '{accelerator} 没有架构信息：使用通用（NPU 类）利用率和效率默认值。请将其匹配到目录中的卡，或填写其架构。',
  genericServerClass:
    '{accelerator} 没有形态类别：放入 {server}。请将其匹配到目录中的卡，或填写其形态类别。',
  contextExceedsModel:
    '上下文长度 {value} 个 token 超过 {model} 支持的 {maxContext} 个 token：超出部分的显存和速度没有意义，不判断延迟目标。',
  replicaExceedsScaleUp:
    '一个副本需要 {accelerators} 张卡，超过一台 {server} 通过 NVLink/HCCS 互联的 {domain} 张：跨服务器的张量并行远慢于假设，不判断延迟目标。',
  implausibleTotal:
    '{value} 张加速卡超出任何真实集群（超过 {limit} 张）：请检查输入（请求速率、token 数、上下文长度、天数）。'
}
