import type en from '../en/commands'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  failed: '此修改未能完成，方案保持原样。（{detail}）',
  notPlainData: '此修改未能完成，方案保持原样：{path} 的值不是纯数据（{found}）。请报告此问题。'
}

export default zh
