import type en from '../en/inventory'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: 'inventory'
}
export default zh
