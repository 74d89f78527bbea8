/** 议题 13：防止静默变化或不合理数字进入结果的警告。 */
export default {
  genericArchitecture:
    '{accelerator} 没有架构信息：使用通用（NPU 类）利用率和效率默认值。请将其匹配到目录中的卡，或填写其架构。',
  genericServerClass:
    '{accelerator} 没有形态类别：放入 {server}。请将其匹配到目录中的卡，或填写其形态类别。'
}
