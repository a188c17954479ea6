import type { StyledText, TextStyle } from '@rapporteur/core'
import type { Element, Root, RootContent } from 'hast'

interface Setting {
  bold: boolean
  italic: boolean
}

const boldElements = new Set(['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const italicElements = new Set(['em', 'i', 'h3'])
// The classes the stylesheet sets in bold, or in italic, or back to the normal weight.
const boldClasses = ['banner', 'notice', 'masthead-status', 'agenda-session', 'watermark']
const italicClasses = ['banner', 'comment-line', 'recommendations-caption', 'agenda-note']

function classes(element: Element): readonly string[] {
  const names = element.properties.className
  return Array.isArray(names) ? names.map(String) : []
}

/** The weight and slant an element sets its text in, by the page's stylesheet. */
function settingOf(element: Element, around: Setting): Setting {
  const names = classes(element)
  let bold = around.bold || boldElements.has(element.tagName)
  // `.agenda th[scope=row]`: the agenda's times are in the normal weight.
  if (element.tagName === 'th' && element.properties.scope === 'row') bold = around.bold
  if (names.some((name) => boldClasses.includes(name))) bold = true
  const italic =
    around.italic ||
    italicElements.has(element.tagName) ||
    names.some((name) => italicClasses.includes(name))
  return { bold, italic }
}

function styleOf(setting: Setting): TextStyle {
  if (setting.bold) return setting.italic ? 'boldItalic' : 'bold'
  return setting.italic ? 'italic' : 'regular'
}

/**
 * The text of a page's body in reading order, each stretch with the style the
 * stylesheet sets it in: what the page's web fonts must cover. A link that the print
 * stylesheet follows with its address brings the address too.
 */
export function bodyText(tree: Root): StyledText[] {
  const texts: StyledText[] = []
  const visit = (node: RootContent, setting: Setting) => {
    if (node.type === 'text') {
      if (node.value !== '') texts.push({ text: node.value, style: styleOf(setting) })
      return
    }
    if (node.type !== 'element') return
    if (node.tagName === 'head' || node.tagName === 'style') return
    const inner = settingOf(node, setting)
    for (const child of node.children) visit(child, inner)
    if (node.tagName === 'a') {
      const href = node.properties.href
      if (typeof href === 'string' && /^(https?|mailto):/.test(href))
        texts.push({ text: ` <${href}>`, style: styleOf(inner) })
    }
  }
  for (const child of tree.children) visit(child, { bold: false, italic: false })
  return texts
}
