import { describe, expect, it } from 'vitest'
import { splitWords } from '../src/preview/editor-command.js'

describe('the --editor command', () => {
  it('splits at spaces and keeps quoted words whole', () => {
    expect(splitWords('code --goto {file}:{line}:{column}')).toEqual([
      'code',
      '--goto',
      '{file}:{line}:{column}',
    ])
    expect(splitWords(`"/Applications/Visual Studio Code.app/code" -g '{file}:{line}'`)).toEqual([
      '/Applications/Visual Studio Code.app/code',
      '-g',
      '{file}:{line}',
    ])
    expect(splitWords('  vim   +{line}  {file} ')).toEqual(['vim', '+{line}', '{file}'])
    expect(splitWords(`emacs ""`)).toEqual(['emacs', ''])
  })

  it('refuses a quote that is not closed', () => {
    expect(() => splitWords(`code "{file}`)).toThrow('--editor: a " quote is not closed')
  })
})
