/** Child process: generates and runs cases on request; the parent watches for hangs. */
import { makeCase, runCase } from './cases'
import { serveTasks } from './worker-loop'

serveTasks(makeCase, runCase)
