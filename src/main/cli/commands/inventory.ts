// PLACEHOLDER owned by the inventory work: replaced by the real `inventory` command.
export async function runInventory(
  args: string[],
  io: { out: (s: string) => void; err: (s: string) => void }
): Promise<number> {
  void args
  io.err('inventory: not available yet\n')
  return 1
}
