// 物料清单每一行在集群中的用途（core/cluster/parts.ts PART_ROLES）。键与 ../en/bomRoles.ts 保持一致。
import type en from '../en/bomRoles'

const messages: typeof en = {
  roles: {
    computeAccelerator: '计算',
    computeServer: '计算',
    computeSystem: '计算（整机）',
    computeLeaf: '计算网络叶层',
    computeSpine: '计算网络脊层',
    computeCore: '计算网络核心层',
    computeNodeLeafLinks: '计算网络，服务器至叶层',
    computeLeafSpineLinks: '计算网络，叶层至脊层',
    computeSpineCoreLinks: '计算网络，脊层至核心层',
    northSouthLeaf: '南北向网络叶层',
    northSouthSpine: '南北向网络脊层',
    northSouthNodeLeafLinks: '南北向网络，节点至叶层',
    northSouthLeafSpineLinks: '南北向网络，叶层至脊层',
    outOfBand: '带外管理网络',
    storage: '共享存储',
    managementNodes: '集群管理',
    computeRack: '计算机柜',
    managementRack: '管理机柜：网络、存储、管理节点',
    installation: '服务',
    support: '服务',
    plannerItem: '手工添加'
  },
  line: {
    accelerator: '加速卡（{role}）：{name}',
    server: '服务器（{role}）：{name}',
    switch: '交换机（{role}）：{name}',
    nic: '网卡（{role}）：{name}',
    transceiver: '光模块（{role}）：{name}',
    cable: '线缆（{role}）：{name}',
    storage: '存储单元（{role}）：{name}',
    managementNode: '管理 / 登录节点（{role}）：{name}',
    rack: '机柜（{role}）：{name}',
    pdu: '机柜 PDU（{role}）：{name}',
    service: '服务（{role}）：{name}'
  }
}
export default messages
