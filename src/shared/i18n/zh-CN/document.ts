import type en from '../en/document'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: 'document'
}
export default zh
