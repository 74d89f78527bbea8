// 开始页的“最近的方案”与网页版的方案文件夹（#19）。键与 ../en/webPlans.ts 保持一致。
import type en from '../en/webPlans'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  notKept: '“{name}”不是本机服务保存过的方案；请用“打开文件”打开。',
  title: '最近的方案',
  hintBrowser: '从此浏览器保存过的方案：本机服务在自己的文件夹中各留一份副本。',
  hintDesktop: '最近打开或保存的方案。',
  open: '打开 {name}',
  savedAt: '{date}',
  clear: '清除列表'
}

export default zh
