// PLACEHOLDER owned by the calculation-core work: replaced by the real `estimate` command.
export async function runEstimate(
  args: string[],
  io: {
    out: (s: string) => void
    err: (s: string) => void
    readFile: (p: string) => Promise<string>
  }
): Promise<number> {
  void args
  void io.readFile
  io.err('estimate: not available yet\n')
  return 1
}
