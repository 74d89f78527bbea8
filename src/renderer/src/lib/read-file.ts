/**
 * A file the planner picked, as the base64 the typed API carries to main (imports of
 * spreadsheets and calibration measurements read nothing from disk themselves).
 */
export function readAsBase64(picked: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(picked)
  })
}
