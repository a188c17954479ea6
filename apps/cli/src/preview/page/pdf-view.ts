import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, PDFWorker } from 'pdfjs-dist'

GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', import.meta.url).href

/** The PDF's pages, drawn with pdf.js. */
export interface PdfView {
  /** Fetches and shows a new version, keeping the scroll position. */
  show(name: string, version: number): void
}

/** A version of the PDF on screen: its document, a box for each page, and the pages drawn. */
interface ShownPdf {
  pdf: PDFDocumentProxy
  version: number
  boxes: HTMLElement[]
  drawn: Set<number>
  /** The width each page is drawn at, in CSS pixels. */
  width: number
}

/**
 * Shows the built PDF in `container` as one box per page, as wide as the container,
 * and draws a page only when its box is on screen or near it. A new version is
 * opened aside, the pages on screen are drawn for it, and then it is swapped in
 * whole at the same scroll position; one that arrives meanwhile replaces it. One
 * pdf.js worker serves every version.
 */
export function createPdfView(container: HTMLElement): PdfView {
  const worker = new PDFWorker()
  let latest: { name: string; version: number } | undefined
  let shown: ShownPdf | undefined
  let busy = false
  /** The container's width changed: the pages are drawn again at the new width. */
  let resized = false
  /** Pages whose boxes are on screen or near it, by number. */
  const near = new Set<number>()

  const drawPage = async (pdf: PDFDocumentProxy, number: number, width: number) => {
    const page = await pdf.getPage(number)
    const ratio = window.devicePixelRatio || 1
    const viewport = page.getViewport({
      scale: (width / page.getViewport({ scale: 1 }).width) * ratio,
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.floor(viewport.width)
    canvas.height = Math.floor(viewport.height)
    await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise
    page.cleanup()
    return canvas
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const number = Number((entry.target as HTMLElement).dataset.page)
        if (entry.isIntersecting) near.add(number)
        else near.delete(number)
      }
      void work()
    },
    { root: container, rootMargin: '50% 0px' },
  )

  /** The numbers of the pages whose boxes show in the container now. */
  const onScreen = (): number[] => {
    if (!shown) return [1]
    const view = container.getBoundingClientRect()
    return shown.boxes
      .filter((box) => {
        const rect = box.getBoundingClientRect()
        return rect.bottom > view.top && rect.top < view.bottom
      })
      .map((box) => Number(box.dataset.page))
  }

  /**
   * Opens a version, draws its pages on screen, and swaps it in; false when the
   * server no longer has it. A version that a newer one replaces meanwhile is dropped.
   */
  const open = async (name: string, version: number): Promise<boolean> => {
    const response = await fetch(`files/${encodeURIComponent(name)}?v=${version}`)
    if (!response.ok) return false
    const data = new Uint8Array(await response.arrayBuffer())
    const pdf = await getDocument({ data, worker, isEvalSupported: false }).promise
    const width = Math.max(200, container.clientWidth - 32)
    const sizes = await Promise.all(
      Array.from({ length: pdf.numPages }, async (_, index) => {
        const page = await pdf.getPage(index + 1)
        const { width: pageWidth, height } = page.getViewport({ scale: 1 })
        return { width: pageWidth, height }
      }),
    )
    const boxes = sizes.map((size, index) => {
      const box = document.createElement('div')
      box.className = 'page'
      box.dataset.page = String(index + 1)
      box.setAttribute('role', 'img')
      box.setAttribute('aria-label', `Page ${index + 1} of ${pdf.numPages}`)
      box.style.width = `${width}px`
      box.style.height = `${Math.floor((width * size.height) / size.width)}px`
      return box
    })
    const next: ShownPdf = { pdf, version, boxes, drawn: new Set(), width }
    const wanted = onScreen().filter((number) => number <= pdf.numPages)
    for (const number of wanted) {
      if (latest?.version !== version) {
        await pdf.destroy()
        return true
      }
      boxes[number - 1]!.append(await drawPage(pdf, number, width))
      next.drawn.add(number)
    }
    const top = container.scrollTop
    const previous = shown
    observer.disconnect()
    near.clear()
    container.replaceChildren(...boxes)
    container.scrollTop = top
    shown = next
    for (const box of boxes) observer.observe(box)
    container.dataset.version = String(version)
    container.dataset.pages = String(pdf.numPages)
    await previous?.pdf.destroy()
    return true
  }

  /** Draws the next page near the screen that is not drawn yet, if any. */
  const drawNear = async (): Promise<boolean> => {
    if (!shown) return false
    const number = [...near].sort((left, right) => left - right).find((n) => !shown!.drawn.has(n))
    if (number === undefined) return false
    const current = shown
    const canvas = await drawPage(current.pdf, number, current.width)
    if (shown !== current) return true
    current.boxes[number - 1]?.replaceChildren(canvas)
    current.drawn.add(number)
    return true
  }

  /** One piece of work at a time: a new version first, then pages scrolled to. */
  const work = async () => {
    if (busy) return
    busy = true
    try {
      for (;;) {
        if (latest && (shown?.version !== latest.version || resized)) {
          resized = false
          const { name, version } = latest
          if (!(await open(name, version))) break
          continue
        }
        if (!(await drawNear())) break
      }
    } catch (error) {
      container.dataset.error = (error as Error).message
    } finally {
      busy = false
    }
  }

  let resizing: number | undefined
  window.addEventListener('resize', () => {
    clearTimeout(resizing)
    resizing = window.setTimeout(() => {
      if (shown && Math.max(200, container.clientWidth - 32) === shown.width) return
      resized = true
      void work()
    }, 200)
  })

  return {
    show(name, version) {
      latest = { name, version }
      void work()
    },
  }
}
