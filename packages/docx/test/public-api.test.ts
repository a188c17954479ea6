import { expect, it } from 'vitest'
import * as api from '../src/index.js'

it('exports renderDocx only', () => {
  expect(Object.keys(api).sort()).toEqual(['renderDocx'])
})
