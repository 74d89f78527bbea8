// 加固后的表格读取器的消息（issue 17）。键与 ../en/import-read.ts 保持一致。占位符只用 {name}。
export default {
  issue: {
    zipRecovered:
      '文件的 zip 目录已损坏（{reason}）；已像其他表格软件一样，按各部件自身的文件头读取了 {count} 个部件。请检查导入的行，然后在 Excel 或 WPS 中重新保存该文件。',
    crcMismatch:
      '部件 {entry} 与其校验和不符，数据可能已损坏；仍已读取。请检查其中的行，然后在 Excel 或 WPS 中重新保存该文件。',
    figureTooLong: '单元格有 {limit} 个以上字符，作为数字、价格或日期太长（“{value}”），已留空。',
    sharedStringMissing:
      '单元格引用第 {index} 号文本，但工作簿只有 {count} 条文本，已留空。请在 Excel 或 WPS 中重新保存该文件。',
    sharedStringIndexInvalid:
      '单元格引用的文本编号“{value}”不是有效编号，已留空。请在 Excel 或 WPS 中重新保存该文件。',
    noncharacter: '单元格含有 {count} 个非文本字符（如 U+FFFE），已逐个替换为 U+FFFD（�）。',
    ambiguousSeparator:
      '“{value}”按 {read} 读取；如果其中的点或逗号是千位分隔符，则应为 {other}。请核对价格。',
    mergeLimit:
      '该工作表的合并单元格超过 {limit} 个，只填充了前 {limit} 个。请取消合并并填好单元格后重新导入。',
    encodingGuessed: '文本编码推测为 {encoding}；如果名称显示为乱码，请在预览中选择编码。',
    taxInclusivePrice: '价格列标注为含税：价格按含税价保存，报价时不会再次加增值税。'
  },
  error: {
    timeBudget:
      '读取 {file} 超过了 {seconds} 秒，远超任何清单所需，已停止。请只保存清单工作表为 .xlsx 或 CSV 后重新导入。',
    zipBombRatio:
      '文件 {file} 中的部件（{entry}）解压后将是压缩大小的 {ratio} 倍，达 {size} MB，超过任何表格所需的 {limit} 倍（疑似压缩炸弹），因此未打开。请在 Excel 或 WPS 中另存为 .xlsx 后重新导入。',
    workerOutOfMemory:
      '读取 {file} 需要超过 {limit} MB 内存，远超任何设备清单所需，因此已停止。请只将设备清单工作表另存为 .xlsx 或 CSV 后重新导入。',
    workerStopped: '读取 {file} 时意外停止（{reason}）。请在 Excel 或 WPS 中重新保存后再导入。',
    rowNumberTooLarge:
      '文件 {file} 的工作表 {sheet} 中有第 {row} 行，超过工作表最多 1,048,576 行，因此未读取该工作簿。请在 Excel 或 WPS 中重新保存后再导入。'
  },
  encoding: {
    label: '文本编码',
    auto: '自动识别',
    certain: '确定',
    likely: '较可能',
    uncertain: '不确定'
  }
} as const
