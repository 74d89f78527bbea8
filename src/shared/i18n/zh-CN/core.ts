import type en from '../en/core'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: 'core'
}
export default zh
