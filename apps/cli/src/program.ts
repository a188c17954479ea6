import { Command, InvalidArgumentError, Option } from 'commander'
import { noteCodeUse } from './code-use.js'
import type { ExitCode } from './exit-code.js'
import { parseListOption } from './parse-list-option.js'
import { parseShard } from './shard.js'
import type { ValidateCommandOptions } from './validate-command.js'

/** What a command's action returns to the program: the exit code. */
export interface ProgramResult {
  exitCode: ExitCode
}

/**
 * The `rapporteur` command line, its commands and options. Each action stores its
 * exit code in `result`; commander's own errors (unknown flag) are thrown. Commands
 * load their modules when they run, so `--help` and `--version` answer at once.
 */
export function createProgram(version: string, result: ProgramResult): Command {
  const program = new Command('rapporteur')
    .description(
      'Builds the official variants of a consultation summary report as PDF, DOCX and HTML.',
    )
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()

  program
    .command('build')
    .description(
      'Build reports in their variants and formats, into OUT/<report-name>/<variant>.<format>.',
    )
    .argument(
      '<source...>',
      'report sources: report.md, a report as JSON, a folder holding report.md, a folder of reports, a glob, or - for standard input',
    )
    .option(
      '--variant <names>',
      'variants to build, comma-separated, or "all" (default: all)',
      parseListOption,
    )
    .option(
      '--format <formats>',
      'formats to build, comma-separated: pdf, docx, html (default: each variant’s own)',
      parseListOption,
    )
    .option('-o, --out <dir>', 'output folder, or - to write the one document to stdout', 'out')
    .option('--json', 'print a JSON summary (files, sizes, timings, problems) on stdout', false)
    .option('-q, --quiet', 'print only problems and warnings: no progress, no summary', false)
    .option('--strict', 'treat warnings as problems: a report with any is not built', false)
    .option(
      '--watch',
      'rebuild a report when it, a translation of it or its config is saved',
      false,
    )
    .addOption(
      new Option('--jobs <count>', 'worker threads (default: the number of cores)').argParser(
        parseCount,
      ),
    )
    .addOption(shardOption())
    .option(
      '--no-web-fonts',
      'HTML pages embed no fonts: the reader’s machine sets them (default: the config’s webFonts, else embedded)',
    )
    .addHelpText(
      'after',
      `
The report name is the source's folder name for report.md (or report.json, index.md),
else the file name without extension. User-defined variants come from a
rapporteur.config.json or rapporteur.config.yaml beside the report.

Exit codes: 0 all built; 1 invalid input (problems listed, nothing written for that
report) or a document that could not be made; 2 misuse (unknown flag, variant or
format, missing file).

Examples:
  rapporteur build examples/gcm-parliamentarians-2022/report.md
  rapporteur build reports/*/report.md --variant draft,final --format pdf,docx --out dist
  rapporteur build reports --shard 2/4      # the second of four shares of the reports
  rapporteur build - --variant final --format pdf -o - < report.md > final.pdf`,
    )
    .action(async (sources: string[], options) => {
      noteCodeUse('build')
      const { buildCommand } = await import('./build-command.js')
      result.exitCode = await buildCommand(sources, options)
    })

  program
    .command('validate')
    .description(
      'Check reports and their config files; print every problem as file:line:column: message.',
    )
    .argument('<source...>', 'report sources, folders of reports, globs or -, as for build')
    .option('--strict', 'treat warnings as problems (exit code 1)', false)
    .option('--json', 'print the problems as JSON on stdout: file, line, column, message', false)
    .option('-q, --quiet', 'print only problems and warnings, not the valid reports', false)
    .addOption(shardOption())
    .action(async (sources: string[], options: ValidateCommandOptions) => {
      noteCodeUse('validate')
      const { validateCommand } = await import('./validate-command.js')
      result.exitCode = await validateCommand(sources, options)
    })

  program
    .command('comments')
    .description(
      'Read the comments and tracked changes of returned drafts and write the comment matrix, by paragraph.',
    )
    .argument('<returned...>', 'returned copies of the draft (.docx)')
    .requiredOption('--source <file>', 'the report source the draft was built from')
    .option('--format <format>', 'json, csv, html or docx (default: from --out, else json)')
    .option('--out <file>', 'write the matrix to this file (default: standard output)')
    .option('--variant <name>', 'the variant the copies were sent as', 'draft')
    .option('--anonymise', 'name reviewers Reviewer 1, Reviewer 2, … in the matrix', false)
    .addHelpText(
      'after',
      `
Each comment (with its replies and resolved mark) and each tracked insertion, deletion and
move is placed on its paragraph number, heading, footnote or agenda row, and on the
file:line:column of the source where that text is written. Copies that lost the draft's
bookmarks are placed by their text; what fits nowhere is listed as Unplaced. Items dated
after the report's comments.deadline are flagged.

Exit codes: 0 done; 1 a copy that is not a DOCX, is password-protected or is of another
report (nothing written), a source with problems, or a part of a copy that could not be
read (the rest is written, with a warning naming the part); 2 misuse.

Examples:
  rapporteur comments returned/*.docx --source report.md --out matrix.docx
  rapporteur comments ana.docx ben.docx --source report.md --format csv --anonymise > matrix.csv`,
    )
    .action(async (copies: string[], options) => {
      noteCodeUse('comments')
      const { commentsCommand } = await import('./comments-command.js')
      result.exitCode = await commentsCommand(copies, options)
    })

  program
    .command('redline')
    .description(
      'Show every change from one version of a report to the next: as HTML with <ins> and <del>, or as the new DOCX with tracked changes.',
    )
    .argument('<old>', 'the earlier source, such as the draft sent for comment')
    .argument('<new>', 'the later source, such as the final')
    .requiredOption(
      '--out <file>',
      'the file to write: FILE.html, or FILE.docx with tracked changes',
    )
    .option('--variant <name>', 'the variant both are compared in', 'final')
    .option(
      '--author <name>',
      "who a DOCX's tracked changes are attributed to (default: the new version's facilitator)",
    )
    .action(async (oldSource: string, newSource: string, options) => {
      noteCodeUse('redline')
      const { redlineCommand } = await import('./redline-command.js')
      result.exitCode = await redlineCommand(oldSource, newSource, options)
    })

  program
    .command('preview')
    .description(
      'Serve a page on this machine that shows a report as HTML and PDF and follows each save.',
    )
    .argument('<source>', 'the report source (report.md, a report as JSON, or its folder)')
    .option('--variant <name>', 'the variant to show first', 'draft')
    .addOption(
      new Option('--port <number>', 'the port (default: a random free one)').argParser(parsePort),
    )
    .option('--open', 'open the page in the browser', false)
    .option(
      '--editor <command>',
      'opens a paragraph clicked in the page: {file}, {line} and {column} are replaced',
    )
    .addHelpText(
      'after',
      `
The page listens on 127.0.0.1 and ::1 only, at an address with a random token.
Press Ctrl+C to stop.

Examples:
  rapporteur preview examples/gcm-parliamentarians-2022/report.md --open
  rapporteur preview report.md --variant final --editor 'code --goto {file}:{line}:{column}'`,
    )
    .action(async (source: string, options) => {
      noteCodeUse('preview')
      const { previewCommand } = await import('./preview/preview-command.js')
      result.exitCode = await previewCommand(source, options)
    })

  program
    .command('init')
    .description('Write a commented report.md template that validates and builds as it is.')
    .argument('[dir]', 'the folder for the new report', '.')
    .action(async (directory: string) => {
      noteCodeUse('init')
      const { initCommand } = await import('./init-command.js')
      result.exitCode = await initCommand(directory)
    })

  program
    .command('schema')
    .description(
      'Print the JSON Schema of the front matter (for editors that check YAML), of a JSON report or of the config.',
    )
    .option('--config', 'print the schema of rapporteur.config.(json|yaml) instead', false)
    .option('--report', 'print the schema of a whole report written as JSON instead', false)
    .action(async (options: { config: boolean; report: boolean }) => {
      noteCodeUse('schema')
      const { schemaCommand } = await import('./schema-command.js')
      result.exitCode = schemaCommand(options)
    })

  program
    .command('lsp')
    .description(
      'Run a language server on stdin/stdout: problems as you type, completion of ids, footnotes and fields, and hover.',
    )
    .option('--stdio', 'talk on standard input and output (the only way; editors pass it)', true)
    .action(async () => {
      noteCodeUse('lsp')
      const { startLanguageServer } = await import('./language-server.js')
      startLanguageServer()
      result.exitCode = await new Promise<never>(() => {})
    })

  program.showHelpAfterError('(run "rapporteur --help" for usage)')
  for (const command of program.commands) {
    command
      .exitOverride()
      .showSuggestionAfterError(true)
      .showHelpAfterError(`(run "rapporteur ${command.name()} --help" for usage)`)
  }
  return program
}

function shardOption(): Option {
  return new Option(
    '--shard <K/N>',
    'only the Kth of N shares of the reports (sorted by path), for a CI matrix',
  ).argParser(parseShard)
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new InvalidArgumentError('a port number from 1 to 65535')
  return port
}

function parseCount(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1)
    throw new InvalidArgumentError('a whole number of at least 1')
  return count
}
