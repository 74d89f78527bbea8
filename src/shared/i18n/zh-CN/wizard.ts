import type en from '../en/wizard'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: 'wizard'
}
export default zh
