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
  duration: {
    seconds: '{value} 秒',
    minutes: '{value} 分钟',
    hours: '{value} 小时',
    days: '{value} 天',
    weeks: '{value} 周',
    months: '{value} 个月',
    years: '{value} 年'
  }
}

export default zh
