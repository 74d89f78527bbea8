import type en from '../en/quote'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: 'quote'
}
export default zh
