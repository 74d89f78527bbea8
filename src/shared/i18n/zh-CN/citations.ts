// 推导中对一项卡或模型数据的引用（#19）。键与 ../en/citations.ts 保持一致。
import type en from '../en/citations'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  figure: '{name} {field}：{source}',
  figureDetail: '{name} {field}（{detail}）：{source}',
  userEntry: '用户输入',
  fields: {
    memory: '显存',
    decoder: '视频解码器'
  },
  details: {
    asPublished: '标称 {value}',
    bothDirectionsHalf: '{value}（双向）÷ 2，经 {fabric}'
  }
}

export default zh
