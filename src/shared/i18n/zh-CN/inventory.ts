import type en from '../en/inventory'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: '硬件清单',
  fields: {
    kind: '类型',
    vendor: '厂商',
    name: '型号',
    formFactor: '形态',
    memoryType: '显存类型',
    memoryGB: '显存 (GB)',
    memoryBandwidthGBs: '显存带宽 (GB/s)',
    fp32Tflops: 'FP32 (TFLOPS)',
    tf32Tflops: 'TF32 (TFLOPS)',
    fp16Tflops: 'FP16 (TFLOPS)',
    bf16Tflops: 'BF16 (TFLOPS)',
    fp8Tflops: 'FP8 (TFLOPS)',
    int8Tops: 'INT8 (TOPS)',
    int4Tops: 'INT4 (TOPS)',
    tdpW: '功耗 (W)',
    decode1080p30Streams: '视频解码 (1080p30 路数)',
    acceleratorsPerServer: '每台服务器卡数',
    launchYear: '发布年份',
    acceleratorName: '服务器所配加速卡',
    price: '单价',
    currency: '币种',
    priceDate: '报价日期',
    priceSource: '价格来源',
    taxIncluded: '价格含税',
    quantityOnHand: '库存数量',
    notes: '备注'
  },
  kinds: { accelerator: '加速卡', server: '服务器' },
  outcome: {
    accepted: '已导入',
    'accepted-with-warnings': '已导入（有警告）',
    rejected: '未导入'
  },
  match: {
    new: '新型号',
    identical: '与目录一致',
    differs: '与目录不同',
    'keep-mine': '保留我的',
    'keep-catalog': '使用目录',
    merge: '合并',
    skip: '跳过'
  },
  location: {
    file: '文件 {file}',
    sheet: '工作表 {sheet}',
    row: '第 {row} 行',
    column: '{column} 列',
    field: '字段 {field}'
  },
  summary:
    '共读取 {rowsRead} 行：{accepted} 行已导入，{acceptedWithWarnings} 行有警告但已导入，{rejected} 行未导入（跳过空行 {blank} 行，重复 {duplicates} 行）。',
  error: {
    emptyFile: '文件 {file} 是空的。',
    fileTooLarge:
      '文件 {file} 大小为 {size} MB，超过 {limit} MB 的上限。请拆分为较小的文件或删除无关的工作表后重新导入。',
    badUpload: '文件 {file} 传输不完整，请重新选择。',
    legacyXls:
      '文件 {file} 是旧版 Excel 97-2003 工作簿（.xls），无法读取。请用 Excel 或 WPS 打开并另存为 .xlsx（或 CSV UTF-8）后重新导入。',
    encrypted:
      '文件 {file} 设有密码或已加密。请在 Excel 中取消密码（文件、信息、保护工作簿），另存为 .xlsx 后重新导入。',
    ods: '文件 {file} 是 OpenDocument 表格（.ods）。请用 LibreOffice 或 WPS 另存为 .xlsx 后重新导入。',
    xlsb: '文件 {file} 是 Excel 二进制工作簿（.xlsb）。请另存为 .xlsx 后重新导入。',
    notSpreadsheet:
      '文件 {file} 不是本软件能读取的表格。请导入 .xlsx 工作簿，或 .csv、.tsv 文本文件。',
    zipDamaged: '文件 {file} 已损坏或不完整（{reason}）。请重新下载或另存为 .xlsx 后重新导入。',
    zipBomb:
      '文件 {file} 解压后将达到 {size} MB，超过 {limit} MB 的上限。请只保留清单工作表另存为 .xlsx，或导出为 CSV。',
    zipSizeMismatch:
      '文件 {file} 的实际数据多于其声明的大小（部件 {entry}），可能是压缩炸弹或文件已损坏，因此未打开。请用 Excel 或 WPS 重新另存为 .xlsx 后再导入。',
    zipNotWorkbook: '文件 {file} 是压缩包而不是 Excel 工作簿。请导入 .xlsx 工作簿或 .csv 文件。',
    unreadableWorkbook:
      '无法读取工作簿 {file}（{reason}）。请用 Excel 或 WPS 打开，重新另存为 .xlsx 后再导入。',
    emptyWorkbook: '文件 {file} 没有数据：所有工作表都是空的。',
    sheetNotFound: '工作簿 {file} 中没有名为 {sheet} 的工作表。现有工作表：{sheets}。',
    noHeader: '在 {sheet} 的前 {rows} 行中没有识别出表头。请手动选择表头行并指定各列含义。',
    noNameColumn: '没有任何列对应型号。请把一列指定为型号后重新导入。',
    tooManyRows: '工作表 {sheet} 的数据超过 {limit} 行。请拆分为较小的文件后重新导入。',
    cancelled: '导入已取消。',
    jobNotFound: '找不到导入任务 {jobId}：它早已结束或不存在。请重新导入。',
    jobNotDone: '导入任务 {jobId} 尚未完成。',
    libraryUnreadable: '无法读取硬件清单库 {file}（{reason}）。文件未被改动，请修复或删除它。',
    noOutputFile: '请给出要写入的文件，例如 inventory.xlsx。'
  },
  issue: {
    tooManyColumns: '工作表超过 {limit} 列，第 {limit} 列之后的内容已忽略。',
    unterminatedQuote: '从这条记录开始的引号没有闭合，文件其余内容都被当作这个值读取。',
    duplicateMapping: '有两列都对应 {field}，本列已忽略。如应使用本列，请修改对应关系。',
    missingName: '该行没有型号，未导入。请补上型号。',
    nameIsError: '型号单元格是错误值 {error}，该行未导入。',
    totalsRow: '该行看起来是合计行（{name}），未作为硬件导入。',
    noteRow: '该行看起来是说明文字（{name}），不是硬件，未导入。',
    repeatedHeader: '该行重复了表头，未导入。',
    duplicate: '型号 {name} 重复出现：首次出现在第 {firstRow} 行。两行都已保留。',
    formulaNoResult:
      '公式 {formula} 没有保存计算结果，该单元格按空处理。请在 Excel 中打开、重新计算并保存后再导入。',
    errorCell: '单元格是错误值 {error}，按空处理。',
    notANumber: '无法把 {value} 识别为数字，该单元格按空处理。',
    unitMismatch: '{value} 的单位与本列不符（应为 {expected}），该单元格按空处理。',
    outOfRange: '{value} 超出合理范围 {min} 至 {max}，该单元格按空处理。',
    zeroAsUnsupported: '数值 0 被视为不支持，该单元格按空处理。',
    gigabits: '{value} 的单位是千兆比特，已换算为 {converted} GB/s（每字节 8 比特）。',
    sparseKept: '{value} 标注为稀疏算力，已按原值保留并标记为稀疏；确认减半后才会使用稠密算力。',
    sparseHalved: '{value} 标注为稀疏算力，已按您的确认减半为稠密算力 {converted}。',
    currencyAssumed: '价格未注明币种，已假定为 {currency}。',
    notAnInteger: '{value} 不是整数，该单元格按空处理。',
    dateUnreadable: '无法把 {value} 识别为日期，该单元格按空处理。',
    dateInNumberField: '该单元格是日期，但这里应为数字，按空处理。',
    cellTooLong: '单元格超过 {limit} 个字符，只保留了前 {limit} 个字符。',
    unknownKind: '无法识别类型 {value}，该行按加速卡导入。',
    booleanInField: '单元格是 TRUE 或 FALSE，但这里应为数值，按空处理。',
    unknownFlag:
      '{value} 不是“是/否”值（可填 是/否、Y/N、TRUE/FALSE、含税/不含税），该单元格已忽略。'
  },
  view: {
    library: '我的硬件',
    importTitle: '导入表格',
    dropHint: '把 .xlsx、.csv 或 .tsv 文件拖到这里，或选择文件。',
    chooseFile: '选择文件',
    sheet: '工作表',
    headerRow: '表头行',
    noHeader: '没有找到表头行：请输入表头行并指定各列含义。',
    mapping: '列对应关系',
    confidence: '置信度 {value}',
    ignore: '忽略此列',
    preview: '预览',
    halveSparse: '将标注为稀疏的算力减半（使用稠密算力）',
    rememberMapping: '对同样格式的文件记住此对应关系',
    startImport: '导入',
    cancel: '取消',
    progress: '已读取 {rows} 行',
    results: '核对',
    showOutcome: '显示',
    all: '全部行',
    decision: '目录',
    differs: '不同：{fields}',
    commit: '加入我的硬件',
    committed: '新增 {added} 条，更新 {updated} 条，跳过 {skipped} 条。',
    filter: '筛选',
    add: '添加一行',
    delete: '删除',
    save: '保存',
    saved: '已保存。',
    export: '导出 .xlsx',
    useInPlan: '用于方案',
    usedInPlan: '已将 {count} 种加速卡加入方案；{skipped} 条未加入（服务器或缺少厂商）。',
    empty: '还没有硬件：请导入表格或添加一行。',
    page: '第 {from} 至 {to} 行，共 {total} 行',
    previous: '上一页',
    next: '下一页'
  },
  cli: {
    usage:
      '用法：compute-planner inventory import 文件 [--sheet 工作表名] [--json] [--halve-sparse]\n      compute-planner inventory export 输出.xlsx [--library 目录]',
    sheet: '工作表：{sheet}',
    headerRow: '表头行：{row}',
    mapping: '列对应关系：',
    rows: '数据行：',
    issues: '警告与未导入的行：',
    exported: '已将 {count} 条记录写入 {file}。',
    libraryEmpty: '{dir} 中的硬件清单库是空的；工作簿只有表头。'
  }
}
export default zh
