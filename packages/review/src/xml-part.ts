import { DOMParser, XMLSerializer } from '@xmldom/xmldom'

/** The WordprocessingML namespace. */
export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
/** Word 2010's namespace, for `w14:paraId`. */
export const word2010Namespace = 'http://schemas.microsoft.com/office/word/2010/wordml'
/** Word 2012's namespace, for `commentsExtended.xml`. */
export const word2012Namespace = 'http://schemas.microsoft.com/office/word/2012/wordml'

/** An XML part that could not be parsed, with where the parser stopped. */
export class XmlPartError extends Error {
  readonly line: number | undefined
  readonly column: number | undefined
  constructor(message: string, line?: number, column?: number) {
    super(message)
    this.name = 'XmlPartError'
    this.line = line
    this.column = column
  }
}

// xmldom appends the place to its messages as `@#[line:3,col:14]`.
const placeSuffix = /\s*@#\[line:(\d+),col:(\d+)\]\s*$/

/**
 * Parses one part of a package as an XML document. Anything short of well-formed
 * XML (xmldom calls it an error or a fatal error) throws an `XmlPartError` placed at
 * its line and column. This is the one file that speaks to xmldom.
 */
export function parseXmlPart(text: string): Document {
  let failure: XmlPartError | undefined
  const fail = (message: string) => {
    if (failure) return
    const place = placeSuffix.exec(message)
    failure = new XmlPartError(
      message
        .replace(placeSuffix, '')
        .replace(/^\[xmldom [a-z]+\]\s*/i, '')
        .trim(),
      place ? Number(place[1]) : undefined,
      place ? Number(place[2]) : undefined,
    )
  }
  const document = new DOMParser({
    locator: {},
    errorHandler: { warning: () => {}, error: fail, fatalError: fail },
  }).parseFromString(text, 'application/xml') as unknown as Document
  if (failure) throw failure
  if (!document?.documentElement) throw new XmlPartError('the part holds no XML element')
  return document
}

/** The child elements of an element, in order. */
export function childElements(element: Element): Element[] {
  const children: Element[] = []
  for (let node = element.firstChild; node !== null; node = node.nextSibling)
    if (node.nodeType === 1) children.push(node as Element)
  return children
}

/** An attribute in the Word namespace (`w:id`), or null. */
export function wordAttribute(element: Element, name: string): string | null {
  return element.getAttributeNS(wordNamespace, name) || element.getAttribute(`w:${name}`) || null
}

/** Elements of a namespace and local name under a root, in document order. */
export function elementsOf(root: Document | Element, namespace: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, name))
}

/** An XML part written back as text, as xmldom serialises it. */
export function serializeXmlPart(document: Document): string {
  return new XMLSerializer().serializeToString(document as unknown as Node)
}
