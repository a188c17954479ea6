import { escapeXml, unescapeXml } from './xml-safe.js'

/** What the extended (application) properties of a package say about its document. */
export interface ApplicationFacts {
  /** The organisation that wrote the document. */
  company: string
}

/** The counts Word keeps of a document's body: words, characters and paragraphs. */
export function bodyCounts(documentXml: string) {
  let paragraphs = 0
  let words = 0
  let characters = 0
  let charactersWithSpaces = 0
  for (const paragraph of documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const text = [...paragraph[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)]
      .map((match) => unescapeXml(match[1]!))
      .join('')
    if (text.trim() === '') continue
    paragraphs += 1
    words += text.split(/\s+/).filter((word) => word !== '').length
    characters += text.replace(/\s/g, '').length
    charactersWithSpaces += text.length
  }
  return { paragraphs, words, characters, charactersWithSpaces }
}

/**
 * The package's `docProps/app.xml` as Word fills it: the application, the company, and the
 * body's word, character and paragraph counts (Word shows them under File › Info).
 */
export function applicationProperties(documentXml: string, facts: ApplicationFacts): string {
  const counts = bodyCounts(documentXml)
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    '<Template>Normal.dotm</Template>',
    '<TotalTime>0</TotalTime>',
    `<Words>${counts.words}</Words>`,
    `<Characters>${counts.characters}</Characters>`,
    '<Application>Rapporteur</Application>',
    '<DocSecurity>0</DocSecurity>',
    `<Paragraphs>${counts.paragraphs}</Paragraphs>`,
    '<ScaleCrop>false</ScaleCrop>',
    `<Company>${escapeXml(facts.company)}</Company>`,
    '<LinksUpToDate>false</LinksUpToDate>',
    `<CharactersWithSpaces>${counts.charactersWithSpaces}</CharactersWithSpaces>`,
    '<SharedDoc>false</SharedDoc>',
    '<HyperlinksChanged>false</HyperlinksChanged>',
    '</Properties>',
  ].join('')
}
