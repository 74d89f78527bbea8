// “我的校准配置”（issue 16）：保存在设置中的校准配置库、其文件格式，以及在负载的“校准”面板中
// 保存与套用。键与 ../en/calibrationProfiles.ts 保持一致。
export default {
  title: '我的校准配置',
  lead: '从负载的“用实测数据校准”面板保存的配置，存放在本机。套用时会把配置复制进方案，方案文件因此自成一体。',
  empty: '还没有保存的配置。在负载的校准面板中完成拟合后选择“保存到我的配置”，或导入配置文件。',
  count: '已保存 {count} 个',
  columns: {
    name: '名称',
    scope: '适用于',
    measurements: '实测条数',
    assumptions: '拟合的假设'
  },
  kinds: {
    'llm-training': '大模型训练',
    'llm-finetuning': '微调',
    'llm-inference': '大模型推理'
  },
  allModels: '所有模型',
  rename: '重命名',
  renameTo: '“{name}”的新名称',
  confirm: '确定',
  cancel: '取消',
  delete: '删除',
  deleteConfirm: '从我的配置中删除“{name}”？已使用它的方案保留各自的副本。',
  export: '导出',
  exportAll: '全部导出',
  import: '导入…',
  renamed: '“{from}”已改名为“{to}”。',
  deleted: '已删除“{name}”。',
  imported: '已从 {file} 导入 {count} 个配置。',
  importedRenamed: '“{from}”已另存为“{to}”：已有另一个同名配置。',
  importedUnchanged: '“{name}”已保存过，未重复导入。',
  failed: '操作未完成：{message}',
  panel: {
    save: '保存到我的配置',
    saved: '已将“{name}”保存到我的配置。',
    replaced: '已替换我的配置中的“{name}”。',
    savedProfile: '已保存的配置',
    choose: '选择已保存的配置',
    apply: '套用到此方案',
    applied: '已将配置“{name}”复制进此方案。',
    noneMatch: '已保存的 {count} 个配置中没有适用于此加速卡和模型的。'
  },
  errors: {
    nameTaken: '已有名为“{name}”的配置。',
    notFound: '没有名为“{name}”的已保存配置。',
    libraryFull: '配置库已满（{limit} 个），请先删除一些。',
    libraryTooLarge: '配置库的数据将达到 {size} 个字符，超过上限 {limit}；请先删除一些配置。'
  },
  file: {
    tooLarge: '{file}：文件有 {size} 个字符，配置文件最多 {limit} 个。',
    corruptJson: '{file}，第 {line} 行第 {column} 列：不是有效的 JSON（{detail}）。',
    notAnObject: '{file}：此文件中没有校准配置。',
    wrongFormat: '{file}：格式为 {found}，应为 {expected}。',
    badVersion: '{file}：没有有效的版本号（读到 {found}）。',
    newerVersion:
      '{file}：由更新版本的 Compute Planner 写入（文件版本 {version}；本版本最高读取 {supported}）。',
    noProfiles: '{file}：文件中没有列出任何配置。',
    tooMany: '{file}：共 {count} 个配置，一个文件最多 {limit} 个。',
    invalid: '{file}：发现 {count} 处问题，未导入任何配置。',
    field: '{file}，{path}：{message}',
    duplicateName: '{file}，{path}：名称“{name}”在文件中出现了两次。'
  }
}
