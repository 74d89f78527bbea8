// 图表与报价工作簿中的时长按大小选单位（#19）。键与 ../en/durationText.ts 保持一致。
import type en from '../en/durationText'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  axis: '时长（{unit}）',
  daysAbout: '{unit}（约 {duration}）'
}

export default zh
