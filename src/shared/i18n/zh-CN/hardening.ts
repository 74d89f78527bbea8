import type en from '../en/hardening'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  plan: {
    tooDeep: '该值嵌套超过 {limit} 层；方案文件不会有这么深的结构。'
  }
}

export default zh
