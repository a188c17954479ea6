import { describe, expect, it } from 'vitest'
import { addressBreaks, isAddress } from '../src/index.js'

/** The address with a `|` at each place a line may break. */
function marked(address: string): string {
  let text = ''
  let from = 0
  for (const index of addressBreaks(address)) {
    text += `${address.slice(from, index)}|`
    from = index
  }
  return text + address.slice(from)
}

describe('addressBreaks', () => {
  it('breaks after a slash and before a dot, never inside the scheme', () => {
    expect(marked('https://www.un.org/en/development/A_RES_73_195.pdf')).toBe(
      'https://www|.un|.org/|en/|development/|A|_RES|_73|_195|.pdf',
    )
  })

  it('breaks before a hyphen and a query, before and after = and &', () => {
    expect(marked('http://archive.ipu.org/conf-e/133/gen-debate.htm?a=1&b=2')).toBe(
      'http://archive|.ipu|.org/|conf|-e/|133/|gen|-debate|.htm|?a|=|1|&|b|=|2',
    )
  })

  it('breaks an e-mail address before the @ and before a dot', () => {
    expect(marked('registry@ohchr.org')).toBe('registry|@ohchr|.org')
  })

  it('tells an address from words', () => {
    expect(isAddress('https://caricom.org/')).toBe(true)
    expect(isAddress('registry@ohchr.org')).toBe(true)
    expect(isAddress('www.un.org')).toBe(true)
    expect(isAddress('the website of the network')).toBe(false)
    expect(isAddress('para.')).toBe(false)
  })
})
