import type en from '../en/planner'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  rename: {
    button: '重命名',
    title: '重命名方案（方案名称用作报价单和文件的标题）',
    label: '方案名称',
    apply: '确定',
    cancel: '取消',
    tooLong: '方案名称最多 {max} 个字符。'
  },
  durationUnits: {
    seconds: '秒',
    minutes: '分钟',
    hours: '小时',
    days: '天',
    months: '个月',
    years: '年'
  }
}

export default zh
