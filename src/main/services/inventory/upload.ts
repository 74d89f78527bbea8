/** Files reach main as `{ fileName, dataBase64 }` over both transports; this turns them into bytes. */
import type { FilePayload } from '@shared/schema/inventory'
import { fail } from './issues'
import { LIMITS } from './limits'

/** base64 → bytes, refusing anything that is not base64 or is over the size limit. */
export function decodeUpload(file: FilePayload): Buffer {
  const { fileName, dataBase64 } = file
  // 4 base64 characters carry 3 bytes: check the size before allocating.
  if ((dataBase64.length * 3) / 4 > LIMITS.maxFileBytes + 3) {
    fail(
      'FILE_TOO_LARGE',
      'fileTooLarge',
      {
        file: fileName,
        size: Math.ceil((dataBase64.length * 3) / 4 / 1e6),
        limit: LIMITS.maxFileBytes / 1e6
      },
      { file: fileName }
    )
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64) || dataBase64.length % 4 === 1) {
    fail('BAD_REQUEST', 'badUpload', { file: fileName }, { file: fileName })
  }
  return Buffer.from(dataBase64, 'base64')
}
