/**
 * Moves to the folder the user ran the command in when a package script named
 * `rapporteur` runs it (`pnpm rapporteur build report.md` from a subfolder of this
 * repository): the package manager runs scripts at the package's root, but passes
 * where it was started as `INIT_CWD`, and the user's paths are relative to that.
 */
export function enterUserFolder(): void {
  if (process.env.npm_lifecycle_event !== 'rapporteur') return
  const folder = process.env.INIT_CWD
  if (folder === undefined || folder === '' || folder === process.cwd()) return
  try {
    process.chdir(folder)
  } catch {
    // A folder that is gone: the paths stay relative to where the script runs.
  }
}
