import { constants } from 'node:fs'
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type ExitCode, exitCode } from './exit-code.js'
import { reportTemplate } from './report-template.js'
import { UsageError } from './usage-error.js'

/** `rapporteur init [DIR]`: writes a commented `report.md` that validates and builds as it is. */
export async function initCommand(directory: string): Promise<ExitCode> {
  await mkdir(directory, { recursive: true })
  const target = join(directory, 'report.md')
  const temporary = join(directory, `.report.md.${process.pid}.tmp`)
  await writeFile(temporary, reportTemplate)
  try {
    // Refuse to replace a report someone already wrote.
    await copyFile(temporary, target, constants.COPYFILE_EXCL)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${target} already exists; choose another folder`)
    throw error
  } finally {
    await rm(temporary, { force: true })
  }
  process.stdout.write(
    `wrote ${target}\nnext: rapporteur validate ${target} && rapporteur build ${target}\n`,
  )
  return exitCode.ok
}
