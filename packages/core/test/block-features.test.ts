import { describe, expect, it } from 'vitest'
import { blockFeatures, featureAgreement, numbersIn } from '../src/block-features.js'

describe('numbersIn', () => {
  it('reads numbers in the digits of any script, without leading zeros', () => {
    expect(numbersIn('On 14/06/2023, 36 people')).toEqual(['14', '6', '2023', '36'])
    expect(numbersIn('في ١٤ يونيو ٢٠٢٣')).toEqual(['14', '2023'])
    expect(numbersIn('২০২৩ সালে')).toEqual(['2023'])
    expect(numbersIn('trente-six')).toEqual([])
  })
})

describe('blockFeatures', () => {
  it('lists what a paragraph cites, names, marks and counts, sorted', () => {
    expect(
      blockFeatures({
        type: 'paragraph',
        numbered: true,
        content: [
          { type: 'mention', person: 'kone' },
          { type: 'text', value: ' spoke of 21 institutions.' },
          { type: 'footnoteReference', identifier: 'law' },
          {
            type: 'recommendation',
            kind: 'call',
            children: [{ type: 'participant', label: 'A participant', identity: 'p1' }],
          },
        ],
      }),
    ).toEqual({
      kind: 'numbered paragraph',
      features: ['call participant', 'note law', 'number 21', 'participant p1', 'person kone'],
      length: 'A participant'.length + ' spoke of 21 institutions.'.length,
    })
  })

  it('counts the items of a list and names the speaker of recommendations', () => {
    const item = [{ type: 'text' as const, value: 'more data' }]
    expect(blockFeatures({ type: 'list', ordered: false, items: [item, item] }).features).toEqual([
      'items 2',
    ])
    expect(blockFeatures({ type: 'recommendations', speaker: 'sow', items: [item] })).toEqual({
      kind: 'recommendations',
      features: ['items 1', 'recommendations sow'],
      length: 9,
    })
    expect(blockFeatures({ type: 'paragraph', numbered: false, content: item }).kind).toBe(
      'paragraph',
    )
  })
})

describe('featureAgreement', () => {
  it('is twice the features shared over how many both have', () => {
    expect(featureAgreement(['a', 'b'], ['a', 'b'])).toBe(1)
    expect(featureAgreement(['a', 'b', 'c'], ['b'])).toBe(0.5)
    expect(featureAgreement(['a', 'a'], ['a'])).toBeCloseTo(2 / 3)
    expect(featureAgreement(['a'], ['b'])).toBe(0)
    expect(featureAgreement([], [])).toBe(1)
    expect(featureAgreement(['a'], [])).toBe(0)
  })
})
