import { createDocumentView } from './document-view.js'
import { languageLabel } from './language-label.js'
import { createPdfView } from './pdf-view.js'
import { type HtmlEvent, type PageState, type PdfEvent, post } from './preview-state.js'
import { showProblems } from './problem-panel.js'

const element = <Type extends HTMLElement>(id: string) => document.getElementById(id) as Type

const status = element<HTMLParagraphElement>('status')
const location = element<HTMLParagraphElement>('location')
const variants = element<HTMLSelectElement>('variant')
const languages = element<HTMLSelectElement>('language')
const downloads = element<HTMLElement>('downloads')
const problems = element<HTMLElement>('problems')
let state: PageState | undefined

const openInEditor = (line: number, column: number) => {
  if (state?.editor) void post('open', { line, column })
}

const documentView = createDocumentView(element<HTMLIFrameElement>('document'), (place) => {
  location.textContent = `${state?.source ?? ''}:${place.line}`
  openInEditor(place.line, place.column)
})
const pdfView = createPdfView(element<HTMLElement>('pages'))

variants.addEventListener('change', () => {
  status.textContent = `Building ${variants.value}…`
  void post('variant', { name: variants.value })
})

languages.addEventListener('change', () => {
  status.textContent = `Building ${languages.selectedOptions[0]?.textContent ?? ''}…`
  void post('language', { source: languages.value })
})

const showState = (next: PageState) => {
  state = next
  element<HTMLSpanElement>('source').textContent = next.source
  if (Array.from(variants.options, (option) => option.value).join() !== next.variants.join()) {
    variants.replaceChildren(
      ...next.variants.map((name) => new Option(name, name, false, name === next.variant)),
    )
  }
  variants.value = next.variant
  const languageOptions = next.languages.map(
    (entry) => [entry.source, languageLabel(entry)] as const,
  )
  if (
    Array.from(languages.options, (option) => `${option.value} ${option.text}`).join() !==
    languageOptions.map(([source, label]) => `${source} ${label}`).join()
  ) {
    languages.replaceChildren(
      ...languageOptions.map(([source, label]) => new Option(label, source)),
    )
  }
  languages.value = next.source
  element<HTMLElement>('languages').hidden = next.languages.length < 2
  downloads.replaceChildren(
    ...next.files.map((file) => {
      const link = document.createElement('a')
      link.href = `download/${encodeURIComponent(file.name)}?v=${file.version}`
      link.textContent = file.format.toUpperCase()
      link.title = `Download ${file.name}`
      return link
    }),
  )
  status.textContent = next.deleted
    ? `${next.source} was deleted: the last documents stay until it is saved again`
    : next.building
      ? 'Building…'
      : next.milliseconds === null
        ? ''
        : `Built in ${next.milliseconds} ms${next.problems.some((problem) => !problem.warning) ? ': showing the last good documents' : ''}`
  showProblems(problems, next.problems, (problem) => {
    if (problem.line === undefined) return
    if (problem.file === next.source) documentView.scrollToLine(problem.line)
    location.textContent = problem.text.split(': ')[0] ?? ''
    if (problem.file === next.source) openInEditor(problem.line, problem.column ?? 1)
  })
  document.body.dataset.problems = String(next.problems.length)
}

const events = new EventSource('events')
events.addEventListener('state', (event) => showState(JSON.parse(event.data) as PageState))
events.addEventListener('html', (event) => {
  const { name, version, html } = JSON.parse(event.data) as HtmlEvent
  documentView.show(name, version, html)
})
events.addEventListener('pdf', (event) => {
  const { name, version } = JSON.parse(event.data) as PdfEvent
  pdfView.show(name, version)
})
events.addEventListener('error', () => {
  if (events.readyState !== EventSource.OPEN) status.textContent = 'The preview server has stopped'
})
