/**
 * Issue 16, "the planner's own measurements", end to end: calibrate a training workload from
 * a small measurements workbook (.xlsx, through the importer's reader), see the results move,
 * save the profile to "my profiles" (settings), then start a new plan and apply the saved
 * profile: the plan carries its own copy, the results move the same way, the derivation and
 * the quote's Assumptions sheet name the profile. The settings screen lists, exports and
 * deletes it. Screens in both languages.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'calibration-profiles')
const PROFILE = 'Our A100 pod'

/** Two runs measured on 8 × A100 80GB with Llama-2-7B at 4k (Chinese headers, as planners keep them). */
async function measurementsWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('实测')
  sheet.addRow(['类型', '加速卡', '模型', '卡数', '序列长度', '每卡 tokens/s'])
  sheet.addRow(['训练', 'nvidia-a100-sxm4-80gb', 'llama-2-7b', 8, 4096, 2400])
  sheet.addRow(['训练', 'nvidia-a100-sxm4-80gb', 'llama-2-7b', 8, 4096, 2600])
  const path = join(mkdtempSync(join(tmpdir(), 'cp-e2e-profiles-')), 'our-a100-runs.xlsx')
  await workbook.xlsx.writeFile(path)
  return path
}

/** A training workload as measured: Llama-2-7B on 8 × A100 80GB (the new workload's card and model). */
async function measuredTrainingJob(planner: PlannerPage, name: string): Promise<void> {
  await planner.startBlank(name)
  await planner.goTo('workloads')
  await planner.addWorkload('llm-training')
  await planner.sizeBy(0, 'accelerators')
  await planner.fillNumber('wl-0-accelerators', '8')
}

test.describe('web host: calibration profiles', () => {
  test.beforeEach(async ({ page, host, request }) => {
    // The host keeps its settings for the worker: start without a profile of this name.
    await request.post(`${host.origin}/api/calibration.profiles.delete`, {
      headers: { 'X-Compute-Planner-Token': host.token },
      data: { request: { name: PROFILE } }
    })
    await page.setViewportSize({ width: 1366, height: 900 })
  })

  test('calibrate, save to my profiles, apply it to a new plan', async ({
    page,
    host,
    pageErrors
  }) => {
    // Two plans, a quote export and both languages: longer than one screen's default budget.
    test.setTimeout(240_000)
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await measuredTrainingJob(planner, 'Measured pod')
    await planner.expectResultsCurrent()
    const mfuBefore = await planner.figureNumber(0, 'achievedMfu', true)
    const daysBefore = await planner.figureNumber(0, 'days', true)

    // Calibrate from the workbook, save the fit to my profiles, and use it.
    await planner.goTo('workloads')
    const panel = await planner.openCalibration(0)
    await planner.loadMeasurements(0, await measurementsWorkbook())
    await expect(panel).toContainText('2 measurements read from sheet “实测”')
    await expect(planner.calibrationPoints(0).locator('tbody tr')).toHaveCount(2)
    await planner.nameCalibration(0, PROFILE)
    await expect(await planner.saveCalibrationProfile(0)).toHaveText(
      `Saved “${PROFILE}” to your profiles.`
    )
    await panel.screenshot({ path: join(SHOTS, 'panel-fit-en.png') })
    await planner.useCalibration(0)
    await expect(planner.calibrationInUse(0)).toContainText(PROFILE)
    await planner.expectResultsCurrent()
    const mfuCalibrated = await planner.figureNumber(0, 'achievedMfu', true)
    expect(mfuCalibrated).not.toBeCloseTo(mfuBefore, 3)
    expect(await planner.figureNumber(0, 'days', true)).not.toBeCloseTo(daysBefore, 2)
    await planner.save()

    // The settings screen lists the profile.
    const library = await planner.openCalibrationProfiles()
    await expect(planner.profilesTable).toContainText(PROFILE)
    await expect(library).toContainText('LLM training · nvidia-a100-sxm4-80gb · llama-2-7b')
    await library.scrollIntoViewIfNeeded()
    await library.screenshot({ path: join(SHOTS, 'settings-en.png') })

    // A new plan: the same job, and the saved profile applied from the Calibrate panel.
    await measuredTrainingJob(planner, 'Next quarter')
    await planner.expectResultsCurrent()
    expect(await planner.figureNumber(0, 'achievedMfu', true)).toBeCloseTo(mfuBefore, 3)
    await planner.goTo('workloads')
    const second = await planner.openCalibration(0)
    await expect(planner.savedProfilePicker(0)).toContainText('Saved profile')
    await expect(await planner.applySavedProfile(0)).toHaveText(
      `Profile “${PROFILE}” copied into this plan.`
    )
    await expect(planner.calibrationInUse(0)).toContainText(PROFILE)
    await second.screenshot({ path: join(SHOTS, 'panel-apply-en.png') })
    await planner.expectResultsCurrent()
    expect(await planner.figureNumber(0, 'achievedMfu', true)).toBeCloseTo(mfuCalibrated, 3)

    // The derivation names the profile as the source of the fitted MFU.
    await planner.explain(planner.figure(0, 'achievedMfu'))
    await planner.drillInto('effectiveTflopsPerAccelerator')
    await expect(planner.derivation).toContainText(`Calibration profile "${PROFILE}"`)
    await planner.derivation.screenshot({ path: join(SHOTS, 'derivation-en.png') })
    await planner.derivationPart('close').click()

    // The plan file carries its own copy; the quote's Assumptions sheet names the profile.
    const saved = JSON.parse(readFileSync(await planner.save(), 'utf8')) as {
      calibrations?: { name: string }[]
    }
    expect(saved.calibrations?.map((p) => p.name)).toEqual([PROFILE])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await planner.exportQuote())
    const sheet = workbook.worksheets.find((s) => /assumption/i.test(s.name))
    const texts: string[] = []
    sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))))
    expect(texts.some((text) => text.includes(`Calibration profile "${PROFILE}"`))).toBe(true)

    // In Chinese: the panel and the settings card.
    await planner.setLanguage('简体中文')
    await planner.goTo('workloads')
    const zhPanel = await planner.openCalibration(0, '用实测数据校准')
    await expect(planner.savedProfilePicker(0)).toContainText('已保存的配置')
    await zhPanel.screenshot({ path: join(SHOTS, 'panel-zh-CN.png') })
    await planner.openCalibrationProfiles()
    await expect(library).toContainText('我的校准配置')
    await expect(library).toContainText('大模型训练 · nvidia-a100-sxm4-80gb · llama-2-7b')
    await library.scrollIntoViewIfNeeded()
    await library.screenshot({ path: join(SHOTS, 'settings-zh-CN.png') })

    // Export it, then delete it: plans that use it keep their copy.
    const download = await planner.exportProfile(PROFILE)
    expect(download.suggestedFilename()).toBe(`${PROFILE}.calibration.json`)
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string
      profiles: { name: string }[]
    }
    expect(file.format).toBe('compute-planner/calibration-profiles')
    expect(file.profiles.map((p) => p.name)).toEqual([PROFILE])
    await planner.deleteProfile(PROFILE)
    await expect(planner.profilesStatus).toHaveText(`已删除“${PROFILE}”。`)
    await expect(planner.noProfiles).toBeVisible()

    // Importing the exported file brings it back.
    await planner.importProfiles(await download.path())
    await expect(planner.profilesStatus).toContainText('导入 1 个配置')
    await expect(planner.profilesTable).toContainText(PROFILE)
    await planner.setLanguage('English')
    expect(pageErrors).toEqual([])
  })
})
