// Results: the per-accelerator breakdown table. Keep keys in step with ../zh-CN/breakdown.ts.
export default {
  title: 'By accelerator',
  card: 'Accelerator',
  workloads: 'Workloads',
  cards: 'Cards',
  servers: 'Servers',
  serverModel: 'Server model',
  itKW: 'IT power (kW)',
  capex: 'Capital cost ({currency})',
  rest: 'Rest of the cluster (network, storage, racks, services)',
  total: 'Total (= summary)'
}
