// What each bill-of-materials line does in the cluster (core/cluster/parts.ts PART_ROLES).
// Keep keys in step with ../zh-CN/bomRoles.ts.
export default {
  roles: {
    computeAccelerator: 'compute',
    computeServer: 'compute',
    computeSystem: 'compute, complete system',
    computeLeaf: 'compute leaf',
    computeSpine: 'compute spine',
    computeCore: 'compute core',
    computeNodeLeafLinks: 'compute, server to leaf',
    computeLeafSpineLinks: 'compute, leaf to spine',
    computeSpineCoreLinks: 'compute, spine to core',
    northSouthLeaf: 'north–south leaf',
    northSouthSpine: 'north–south spine',
    northSouthNodeLeafLinks: 'north–south, node to leaf',
    northSouthLeafSpineLinks: 'north–south, leaf to spine',
    outOfBand: 'out-of-band management',
    storage: 'shared storage',
    managementNodes: 'cluster management',
    computeRack: 'compute rack',
    managementRack: 'management rack: network, storage, management nodes',
    installation: 'services',
    support: 'services',
    plannerItem: 'added by the planner'
  },
  /** A cluster part's line: its class, its role, the part. */
  line: {
    accelerator: 'Accelerator ({role}): {name}',
    server: 'Server ({role}): {name}',
    switch: 'Switch ({role}): {name}',
    nic: 'Network adapter ({role}): {name}',
    transceiver: 'Transceiver ({role}): {name}',
    cable: 'Cable ({role}): {name}',
    storage: 'Storage unit ({role}): {name}',
    managementNode: 'Management / login node ({role}): {name}',
    rack: 'Rack ({role}): {name}',
    pdu: 'Rack PDU ({role}): {name}',
    service: 'Service ({role}): {name}'
  }
}
