import { describe, expect, it } from 'vitest'
import { commonScript, resolveScripts, scriptOf, unicodeScriptOf } from './script.js'

describe('scripts of characters', () => {
  it('answers ASCII at once exactly as Unicode’s Script property does', () => {
    for (let codePoint = 0; codePoint < 0x80; codePoint++)
      expect([codePoint, scriptOf(codePoint, new Map())]).toEqual([
        codePoint,
        unicodeScriptOf(codePoint),
      ])
  })

  it('tells the scripts apart, common and inherited characters included', () => {
    const known = new Map<number, string>()
    const of = (character: string) => scriptOf(character.codePointAt(0)!, known)
    expect(['a', 'Z', 'é', 'Ω', 'Ж', 'ب', 'क', '中', 'あ', '한'].map(of)).toEqual([
      'Latn',
      'Latn',
      'Latn',
      'Grek',
      'Cyrl',
      'Arab',
      'Deva',
      'Hani',
      'Hira',
      'Hang',
    ])
    expect(['1', ' ', '.', '—'].map(of)).toEqual([
      commonScript,
      commonScript,
      commonScript,
      commonScript,
    ])
    expect(of('\u0301')).toBe('Zinh')
  })

  it('resolves common characters to the script around them', () => {
    expect(resolveScripts('12 αβ, 3', new Map())).toEqual([
      'Grek',
      'Grek',
      'Grek',
      'Grek',
      'Grek',
      'Grek',
      'Grek',
      'Grek',
    ])
    expect(resolveScripts('ab ج', new Map())).toEqual(['Latn', 'Latn', 'Latn', 'Arab'])
  })
})
