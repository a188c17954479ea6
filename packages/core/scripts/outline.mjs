// Validates a report source and prints its outline; exits 1 with every problem when invalid.
import { isReportError, loadReport, resolveReport, toOutline } from '../dist/index.js'

const path = process.argv[2]
if (!path) {
  console.error('usage: outline.mjs REPORT.md')
  process.exit(2)
}
try {
  const report = await loadReport(path)
  console.log(`${path}: valid`)
  console.log(toOutline(resolveReport(report)))
} catch (error) {
  if (!isReportError(error)) throw error
  console.error(error.message)
  process.exit(1)
}
