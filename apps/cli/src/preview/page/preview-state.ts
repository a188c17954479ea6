/** A problem as the server lists it (see `preview-session.ts`). */
export interface PageProblem {
  text: string
  file?: string
  line?: number
  column?: number
  warning?: boolean
}

/** A language version of the report (see `preview-session.ts`). */
export interface PageLanguage {
  source: string
  tag: string | null
}

/** The server's `state` event. */
export interface PageState {
  /** The shown language version's source. */
  source: string
  languages: PageLanguage[]
  variant: string
  variants: string[]
  building: boolean
  problems: PageProblem[]
  deleted: boolean
  milliseconds: number | null
  files: Array<{ name: string; format: 'html' | 'pdf' | 'docx'; version: number }>
  /** Whether the server opens places in an editor. */
  editor: boolean
}

/** The server's `html` event: the new document, whole. */
export interface HtmlEvent {
  name: string
  version: number
  html: string
}

/** The server's `pdf` event: a new PDF to fetch. */
export interface PdfEvent {
  name: string
  version: number
}

/** Sends a small JSON request to the server; errors only show in the status line. */
export async function post(path: string, body: unknown): Promise<boolean> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => undefined)
  return response?.ok === true
}
