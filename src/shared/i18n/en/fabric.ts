// Results: the compute fabric figure. Keep keys in step with ../zh-CN/fabric.ts.
export default {
  title: 'Compute fabric topology',
  figureLabel: 'Compute fabric of {group}: {tiers}-tier leaf/spine on {switch}',
  heading: '{group}: {tiers}-tier rail-optimised fabric on {switch}',
  noneNeeded: '{group}: no compute fabric needed: every replica fits in one server.',
  hint: 'Click a count for its derivation. Large fabrics show a few switches per tier; the counts are the totals.',
  counts: {
    cores: '{n} core switches',
    spines: '{n} spine switches',
    leaves: '{n} leaf switches',
    leavesOne: '{n} leaf switch',
    spinesOne: '{n} spine switch',
    coresOne: '{n} core switch',
    rails: '{n} rails (scale-out ports per server)',
    leafGroups: '{n} leaf groups of {rails} leaves (one per rail)',
    oneSwitch: 'all {rails} rails on one switch',
    convergedPair: 'a redundant pair for all {rails} rails and the north–south ports',
    eastWestPair: 'a redundant east–west pair for all {rails} rails',
    servers: '{n} servers',
    serversPerLeafGroup: 'up to {n} servers per leaf group',
    nodeLinks: '{n} server–leaf links',
    leafSpineLinks: '{n} leaf–spine links',
    spineCoreLinks: '{n} spine–core links'
  },
  tiers: {
    core: 'Core',
    spine: 'Spine',
    leaf: 'Leaf',
    server: 'Servers'
  },
  group: 'Leaf group {n}',
  explain: 'Show how {count} is derived'
}
