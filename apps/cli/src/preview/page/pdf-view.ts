import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist'

GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', import.meta.url).href

/** The PDF's pages, drawn with pdf.js. */
export interface PdfView {
  /** Fetches and draws a new version, keeping the scroll position. */
  show(name: string, version: number): void
}

/**
 * Draws each page of the built PDF on a canvas as wide as `container`. A new
 * version is drawn aside and swapped in whole; one that arrives while another is
 * drawn replaces it.
 */
export function createPdfView(container: HTMLElement): PdfView {
  let latest: { name: string; version: number } | undefined
  let drawing = false

  const draw = async (name: string, version: number) => {
    const response = await fetch(`files/${encodeURIComponent(name)}?v=${version}`)
    if (!response.ok) return
    const data = new Uint8Array(await response.arrayBuffer())
    const pdf = await getDocument({ data, isEvalSupported: false }).promise
    try {
      const width = Math.max(200, container.clientWidth - 32)
      const ratio = window.devicePixelRatio || 1
      const canvases: HTMLCanvasElement[] = []
      for (let number = 1; number <= pdf.numPages; number++) {
        if (latest?.version !== version) return
        const page = await pdf.getPage(number)
        const scale = width / page.getViewport({ scale: 1 }).width
        const viewport = page.getViewport({ scale: scale * ratio })
        const canvas = document.createElement('canvas')
        canvas.width = Math.floor(viewport.width)
        canvas.height = Math.floor(viewport.height)
        canvas.style.width = `${Math.floor(viewport.width / ratio)}px`
        canvas.setAttribute('role', 'img')
        canvas.setAttribute('aria-label', `Page ${number} of ${pdf.numPages}`)
        await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise
        canvases.push(canvas)
      }
      const top = container.scrollTop
      container.replaceChildren(...canvases)
      container.scrollTop = top
      container.dataset.version = String(version)
      container.dataset.pages = String(pdf.numPages)
    } finally {
      await pdf.destroy()
    }
  }

  const next = async () => {
    if (drawing || !latest) return
    drawing = true
    const { name, version } = latest
    try {
      await draw(name, version)
    } catch (error) {
      container.dataset.error = (error as Error).message
    } finally {
      drawing = false
    }
    if (latest.version !== version) void next()
  }

  let resizing: number | undefined
  window.addEventListener('resize', () => {
    clearTimeout(resizing)
    resizing = window.setTimeout(() => void next(), 200)
  })

  return {
    show(name, version) {
      latest = { name, version }
      void next()
    },
  }
}
