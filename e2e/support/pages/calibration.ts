/**
 * PlannerPage's calibration (issue 16): a workload's "Calibrate from your measurements" panel
 * on the Workloads step, and the "My calibration profiles" card on the settings screen.
 */
import { expect, type Download, type Locator } from '@playwright/test'
import { WorkloadsArea } from './workloads'

export class CalibrationArea extends WorkloadsArea {
  /** Workload `index`'s calibration panel (folded until its title is clicked). */
  calibrationPanel(index: number): Locator {
    return this.page.getByTestId(`wl-${index}-calibration-panel`)
  }

  /** Unfolds workload `index`'s calibration panel by its title (in the current language). */
  async openCalibration(
    index: number,
    title = 'Calibrate from your measurements'
  ): Promise<Locator> {
    const panel = this.calibrationPanel(index)
    await panel.getByText(title).click()
    return panel
  }

  /** Reads a measurements workbook or CSV into the open panel. */
  async loadMeasurements(
    index: number,
    file: string | { name: string; mimeType: string; buffer: Buffer }
  ): Promise<void> {
    await this.page.getByTestId(`wl-${index}-calibration-file`).setInputFiles(file)
  }

  /** The table of measurements read, with the fit's residuals. */
  calibrationPoints(index: number): Locator {
    return this.page.getByTestId(`wl-${index}-calibration-points`)
  }

  /** The fit's summary line over the measurements. */
  calibrationSummary(index: number): Locator {
    return this.page.getByTestId(`wl-${index}-calibration-summary`)
  }

  /** Names the fitted calibration (the name it is used and saved under). */
  async nameCalibration(index: number, name: string): Promise<void> {
    await this.page.getByTestId(`wl-${index}-calibration-name`).locator('input').fill(name)
  }

  /** "Use in this plan" for the fitted calibration. */
  async useCalibration(index: number): Promise<void> {
    await this.page.getByTestId(`wl-${index}-calibration-use`).click()
  }

  /** "Save to my profiles" for the fitted calibration: returns the status it reports. */
  async saveCalibrationProfile(index: number): Promise<Locator> {
    await this.page.getByTestId(`wl-${index}-calibration-save`).click()
    return this.page.getByTestId(`wl-${index}-calibration-save-status`)
  }

  /** The calibration the workload uses now, by name. */
  calibrationInUse(index: number): Locator {
    return this.page.getByTestId(`wl-${index}-calibration-in-use`)
  }

  /** The panel's picker of saved profiles (shown when there is one). */
  savedProfilePicker(index: number): Locator {
    return this.calibrationPanel(index).getByTestId(`wl-${index}-calibration-saved`)
  }

  /** "Apply" beside the saved profile picked: returns the status it reports. */
  async applySavedProfile(index: number): Promise<Locator> {
    await this.page.getByTestId(`wl-${index}-calibration-apply-saved`).click()
    return this.page.getByTestId(`wl-${index}-calibration-applied`)
  }

  /** The settings screen, at its "My calibration profiles" card: returns the card. */
  async openCalibrationProfiles(): Promise<Locator> {
    await this.openSettings()
    await expect(this.calibrationProfiles).toBeVisible()
    return this.calibrationProfiles
  }

  /** The settings screen's "My calibration profiles" card. */
  get calibrationProfiles(): Locator {
    return this.page.getByTestId('calibration-profiles')
  }

  /** The card's table of saved profiles (absent while there are none). */
  get profilesTable(): Locator {
    return this.calibrationProfiles.getByTestId('calibration-profiles-table')
  }

  /** What the card says while no profile is saved. */
  get noProfiles(): Locator {
    return this.calibrationProfiles.getByTestId('calibration-profiles-empty')
  }

  /** What the card's last action reports (deleted, imported, …). */
  get profilesStatus(): Locator {
    return this.calibrationProfiles.getByTestId('calibration-profiles-status')
  }

  /** The saved profile named `name`, as a row of the card's table. */
  profileRow(name: string): Locator {
    const nameCell = this.page
      .getByTestId(/^calibration-profile-\d+-name$/)
      .getByText(name, { exact: true })
    return this.profilesTable.locator('tbody tr').filter({ has: nameCell })
  }

  /** A profile's "Export": returns the download (one profile's .calibration.json). */
  async exportProfile(name: string): Promise<Download> {
    return this.downloadFrom(this.profileRow(name).getByTestId(/^calibration-profile-\d+-export$/))
  }

  /** A profile's "Delete", and the confirmation. */
  async deleteProfile(name: string): Promise<void> {
    const row = this.profileRow(name)
    await row.getByTestId(/^calibration-profile-\d+-delete$/).click()
    await row.getByTestId(/^calibration-profile-\d+-delete-ok$/).click()
  }

  /** Imports a profiles file into the card. */
  async importProfiles(file: string): Promise<void> {
    await this.calibrationProfiles
      .getByTestId('calibration-profiles-import-file')
      .setInputFiles(file)
  }
}
