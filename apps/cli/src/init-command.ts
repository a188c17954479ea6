import { constants } from 'node:fs'
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { onEarlyExit } from './early-exit.js'
import { type ExitCode, exitCode } from './exit-code.js'
import { reportTemplate } from './report-template.js'
import { UsageError } from './usage-error.js'

/** `rapporteur init [DIR]`: writes a commented `report.md` that validates and builds as it is. */
export async function initCommand(directory: string): Promise<ExitCode> {
  await mkdir(directory, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${directory}: the folder cannot be made (${error.code ?? error.message})`)
  })
  const target = join(directory, 'report.md')
  const temporary = join(directory, `.report.md.${process.pid}.tmp`)
  // Interrupted, init leaves no temporary file behind.
  const cancelCleanup = onEarlyExit(() => rm(temporary, { force: true }))
  try {
    await writeFile(temporary, reportTemplate).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`${target}: the file cannot be written (${error.code ?? error.message})`)
    })
    // Refuse to replace a report someone already wrote.
    await copyFile(temporary, target, constants.COPYFILE_EXCL)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${target} already exists; choose another folder`)
    throw error
  } finally {
    await rm(temporary, { force: true })
    cancelCleanup()
  }
  process.stdout.write(
    `wrote ${target}\nnext: rapporteur validate ${target} && rapporteur build ${target}\n`,
  )
  return exitCode.ok
}
