// 结果页：计算网络拓扑图。键与 ../en/fabric.ts 保持一致。
import type en from '../en/fabric'

const messages: typeof en = {
  title: '计算网络拓扑',
  figureLabel: '{group} 的计算网络：基于 {switch} 的 {tiers} 层叶脊网络',
  heading: '{group}：基于 {switch} 的 {tiers} 层多轨优化网络',
  noneNeeded: '{group}：无需计算网络：每个副本都在一台服务器内。',
  hint: '点击数量可查看推导过程。大型网络每层只画出部分交换机，标注的数量为总数。',
  counts: {
    cores: '核心交换机 {n} 台',
    spines: '脊交换机 {n} 台',
    leaves: '叶交换机 {n} 台',
    rails: '{n} 个轨道（每台服务器的横向扩展端口）',
    leavesOne: '叶交换机 {n} 台',
    spinesOne: '脊交换机 {n} 台',
    coresOne: '核心交换机 {n} 台',
    oneSwitch: '全部 {rails} 个轨道接在同一台交换机上',
    convergedPair: '一对冗余交换机承载全部 {rails} 个轨道及南北向端口',
    eastWestPair: '一对冗余东西向交换机承载全部 {rails} 个轨道',
    leafGroups: '{n} 个叶交换机组，每组 {rails} 台（每轨一台）',
    servers: '服务器 {n} 台',
    serversPerLeafGroup: '每个叶交换机组最多 {n} 台服务器',
    nodeLinks: '服务器至叶层链路 {n} 条',
    leafSpineLinks: '叶层至脊层链路 {n} 条',
    spineCoreLinks: '脊层至核心层链路 {n} 条'
  },
  tiers: {
    core: '核心层',
    spine: '脊层',
    leaf: '叶层',
    server: '服务器'
  },
  group: '叶交换机组 {n}',
  explain: '查看“{count}”的推导过程'
}
export default messages
