/** Where a paragraph of the document was written. */
export interface SourcePlace {
  line: number
  column: number
}

/** The HTML document in the page's frame, updated in place. */
export interface DocumentView {
  /** Shows a new version of the document, keeping the scroll position. */
  show(name: string, version: number, html: string): void
  /** Scrolls to the paragraph written at or before `line`, and marks it. */
  scrollToLine(line: number): void
}

/**
 * Shows the built HTML in `frame`. The first version is loaded from the server,
 * so that the document keeps its own security policy; later versions replace the
 * frame's document element, so that nothing reloads and the scroll stays.
 * `onPick` receives the place of a numbered paragraph clicked in it.
 */
export function createDocumentView(
  frame: HTMLIFrameElement,
  onPick: (place: SourcePlace) => void,
): DocumentView {
  let loaded: string | undefined
  let pending: { version: number; html: string } | undefined
  let marked: HTMLElement | undefined

  const mark = (element: HTMLElement) => {
    if (marked) {
      marked.style.outline = ''
      marked.style.outlineOffset = ''
    }
    element.style.outline = '3px solid #e0a800'
    element.style.outlineOffset = '4px'
    marked = element
  }

  const placeOf = (element: Element): SourcePlace => ({
    line: Number(element.getAttribute('data-source-line')),
    column: Number(element.getAttribute('data-source-column') ?? 1),
  })

  const listen = (document: Document) => {
    document.addEventListener('click', (event) => {
      const target = event.target as Element | null
      if (target?.closest('a[href]')) return
      const paragraph = target?.closest<HTMLElement>('[data-source-line]')
      if (!paragraph) return
      mark(paragraph)
      onPick(placeOf(paragraph))
    })
  }

  const replace = (version: number, html: string) => {
    const document = frame.contentDocument
    const window = frame.contentWindow
    if (!document || !window) return
    // The frame's own parser, so that the new document falls under the frame's policy.
    const parser = new (window as unknown as typeof globalThis).DOMParser()
    const next = parser.parseFromString(html, 'text/html')
    const { scrollX, scrollY } = window
    marked = undefined
    document.replaceChild(document.importNode(next.documentElement, true), document.documentElement)
    window.scrollTo(scrollX, scrollY)
    frame.dataset.version = String(version)
  }

  frame.addEventListener('load', () => {
    const document = frame.contentDocument
    if (!document) return
    listen(document)
    const version = Number(frame.dataset.loading)
    frame.dataset.version = String(version)
    if (pending && pending.version > version) replace(pending.version, pending.html)
    pending = undefined
  })

  return {
    show(name, version, html) {
      if (loaded === undefined) {
        loaded = name
        frame.dataset.loading = String(version)
        frame.src = `files/${encodeURIComponent(name)}?v=${version}`
        return
      }
      if (frame.dataset.version === undefined) {
        pending = { version, html }
        return
      }
      replace(version, html)
    },
    scrollToLine(line) {
      const document = frame.contentDocument
      if (!document) return
      let found: HTMLElement | undefined
      for (const element of Array.from(
        document.querySelectorAll<HTMLElement>('[data-source-line]'),
      )) {
        if (placeOf(element).line > line) break
        found = element
      }
      const window = frame.contentWindow
      if (!found || !window) return
      // The frame alone scrolls: scrollIntoView would scroll the page around it too.
      const box = found.getBoundingClientRect()
      const middle = window.scrollY + box.top + box.height / 2 - window.innerHeight / 2
      window.scrollTo(window.scrollX, Math.max(0, middle))
      mark(found)
    },
  }
}
