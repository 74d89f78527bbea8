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
import type { Page } from '@playwright/test'
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

async function figure(page: Page, field: string): Promise<number> {
  const text = (await page.getByTestId(`fig-0-${field}`).first().innerText()).replace(/,/g, '')
  const match = /[\d.]+/.exec(text)
  if (!match) throw new Error(`no number in ${field}: ${text}`)
  return Number(match[0])
}

/** A training workload as measured: Llama-2-7B on 8 × A100 80GB (the new workload's card and model). */
async function measuredTrainingJob(planner: PlannerPage, name: string): Promise<void> {
  await planner.startBlank(name)
  await planner.goTo('workloads')
  await planner.addWorkload('llm-training')
  await planner.page.getByTestId('wl-0-sizing-accelerators').click()
  await planner.fillNumber('wl-0-accelerators', '8')
}

async function openCalibrate(page: Page, title = 'Calibrate from your measurements') {
  const panel = page.getByTestId('wl-0-calibration-panel')
  await panel.getByText(title).click()
  return panel
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
    const mfuBefore = await figure(page, 'achievedMfu')
    const daysBefore = await figure(page, 'days')

    // Calibrate from the workbook, save the fit to my profiles, and use it.
    await planner.goTo('workloads')
    const panel = await openCalibrate(page)
    await page.getByTestId('wl-0-calibration-file').setInputFiles(await measurementsWorkbook())
    await expect(panel).toContainText('2 measurements read from sheet “实测”')
    await expect(page.getByTestId('wl-0-calibration-points').locator('tbody tr')).toHaveCount(2)
    await page.getByTestId('wl-0-calibration-name').locator('input').fill(PROFILE)
    await page.getByTestId('wl-0-calibration-save').click()
    await expect(page.getByTestId('wl-0-calibration-save-status')).toHaveText(
      `Saved “${PROFILE}” to your profiles.`
    )
    await panel.screenshot({ path: join(SHOTS, 'panel-fit-en.png') })
    await page.getByTestId('wl-0-calibration-use').click()
    await expect(page.getByTestId('wl-0-calibration-in-use')).toContainText(PROFILE)
    await planner.expectResultsCurrent()
    const mfuCalibrated = await figure(page, 'achievedMfu')
    expect(mfuCalibrated).not.toBeCloseTo(mfuBefore, 3)
    expect(await figure(page, 'days')).not.toBeCloseTo(daysBefore, 2)
    await planner.save()

    // The settings screen lists the profile.
    await planner.openSettings()
    const library = page.getByTestId('calibration-profiles')
    await expect(library.getByTestId('calibration-profiles-table')).toContainText(PROFILE)
    await expect(library).toContainText('LLM training · nvidia-a100-sxm4-80gb · llama-2-7b')
    await library.scrollIntoViewIfNeeded()
    await library.screenshot({ path: join(SHOTS, 'settings-en.png') })

    // A new plan: the same job, and the saved profile applied from the Calibrate panel.
    await measuredTrainingJob(planner, 'Next quarter')
    await planner.expectResultsCurrent()
    expect(await figure(page, 'achievedMfu')).toBeCloseTo(mfuBefore, 3)
    await planner.goTo('workloads')
    const second = await openCalibrate(page)
    await expect(second.getByTestId('wl-0-calibration-saved')).toContainText('Saved profile')
    await page.getByTestId('wl-0-calibration-apply-saved').click()
    await expect(page.getByTestId('wl-0-calibration-applied')).toHaveText(
      `Profile “${PROFILE}” copied into this plan.`
    )
    await expect(page.getByTestId('wl-0-calibration-in-use')).toContainText(PROFILE)
    await second.screenshot({ path: join(SHOTS, 'panel-apply-en.png') })
    await planner.expectResultsCurrent()
    expect(await figure(page, 'achievedMfu')).toBeCloseTo(mfuCalibrated, 3)

    // The derivation names the profile as the source of the fitted MFU.
    await page.getByTestId('fig-0-achievedMfu').getByRole('button').click()
    await page.getByTestId('drill-effectiveTflopsPerAccelerator').click()
    await expect(page.getByTestId('derivation-panel')).toContainText(
      `Calibration profile "${PROFILE}"`
    )
    await page
      .getByTestId('derivation-panel')
      .screenshot({ path: join(SHOTS, 'derivation-en.png') })
    await page.getByTestId('derivation-close').click()

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
    const zhPanel = await openCalibrate(page, '用实测数据校准')
    await expect(zhPanel.getByTestId('wl-0-calibration-saved')).toContainText('已保存的配置')
    await zhPanel.screenshot({ path: join(SHOTS, 'panel-zh-CN.png') })
    await planner.openSettings()
    await expect(library).toContainText('我的校准配置')
    await expect(library).toContainText('大模型训练 · nvidia-a100-sxm4-80gb · llama-2-7b')
    await library.scrollIntoViewIfNeeded()
    await library.screenshot({ path: join(SHOTS, 'settings-zh-CN.png') })

    // Export it, then delete it: plans that use it keep their copy.
    const exported = page.waitForEvent('download')
    await library.getByTestId('calibration-profile-0-export').click()
    const download = await exported
    expect(download.suggestedFilename()).toBe(`${PROFILE}.calibration.json`)
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string
      profiles: { name: string }[]
    }
    expect(file.format).toBe('compute-planner/calibration-profiles')
    expect(file.profiles.map((p) => p.name)).toEqual([PROFILE])
    await library.getByTestId('calibration-profile-0-delete').click()
    await library.getByTestId('calibration-profile-0-delete-ok').click()
    await expect(library.getByTestId('calibration-profiles-status')).toHaveText(
      `已删除“${PROFILE}”。`
    )
    await expect(library.getByTestId('calibration-profiles-empty')).toBeVisible()

    // Importing the exported file brings it back.
    await library
      .getByTestId('calibration-profiles-import-file')
      .setInputFiles(await download.path())
    await expect(library.getByTestId('calibration-profiles-status')).toContainText('导入 1 个配置')
    await expect(library.getByTestId('calibration-profiles-table')).toContainText(PROFILE)
    await planner.setLanguage('English')
    expect(pageErrors).toEqual([])
  })
})
