/**
 * Child process of the crash-safety test: writes one plan's file text with the real atomic
 * writer (what savePlanFile does after validating), and may be killed at any moment by the
 * parent — or kills itself at a named step of the save.
 * argv: <target> <text file> <step to die at, or "-">
 */
import { readFileSync } from 'node:fs'
import { removeStaleTemps, writeFileAtomic } from '../../../src/main/services/files/atomic-write'

const [target, textPath, dieAt] = process.argv.slice(2)
const text = readFileSync(textPath, 'utf8')
process.stdout.write('ready\n')
removeStaleTemps(target)
  .then(() =>
    writeFileAtomic(target, text, {
      onStep: (step) => {
        if (step === dieAt) process.kill(process.pid, 'SIGKILL')
      }
    })
  )
  .then(
    () => process.stdout.write('done\n'),
    (error: unknown) => {
      process.stderr.write(String(error))
      process.exit(3)
    }
  )
