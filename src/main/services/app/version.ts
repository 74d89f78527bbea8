import packageJson from '../../../../package.json'

/** The version in package.json is the one version: app, CLI and workbooks all report it. */
export function readAppVersion(): string {
  return packageJson.version
}
