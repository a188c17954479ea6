import { describe, expect, it } from 'vitest'
import { toNumeral } from '../src/index.js'

describe('section and annex numerals', () => {
  it('writes roman numerals', () => {
    expect([1, 4, 9, 14, 40, 2024].map((value) => toNumeral(value, 'roman'))).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XL',
      'MMXXIV',
    ])
  })

  it('writes the Arabic ordinals of sections as United Nations documents do', () => {
    const values = [1, 2, 3, 10, 11, 12, 19, 20, 21, 22, 30, 99, 100]
    expect(values.map((value) => toNumeral(value, 'arabicOrdinal'))).toEqual([
      'أولاً',
      'ثانياً',
      'ثالثاً',
      'عاشراً',
      'حادي عشر',
      'ثاني عشر',
      'تاسع عشر',
      'عشرون',
      'حادي وعشرون',
      'ثاني وعشرون',
      'ثلاثون',
      'تاسع وتسعون',
      '100',
    ])
  })

  it('writes the Arabic ordinals of annexes with their article', () => {
    const values = [1, 2, 10, 11, 20, 22]
    expect(values.map((value) => toNumeral(value, 'arabicOrdinal', 'annex'))).toEqual([
      'الأول',
      'الثاني',
      'العاشر',
      'الحادي عشر',
      'العشرون',
      'الثاني والعشرون',
    ])
  })

  it('writes Chinese numerals', () => {
    const values = [1, 9, 10, 11, 20, 21, 100, 105, 110, 999, 1000]
    expect(values.map((value) => toNumeral(value, 'chinese'))).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '一百',
      '一百零五',
      '一百一十',
      '九百九十九',
      '1000',
    ])
  })

  it('refuses what is not a positive whole number', () => {
    expect(() => toNumeral(0, 'roman')).toThrow(RangeError)
    expect(() => toNumeral(1.5, 'chinese')).toThrow(RangeError)
  })
})
