import type { PageProblem } from './preview-state.js'

/**
 * Lists the problems of the last save in `panel`'s list, each a button that
 * calls `onPick` (to scroll to where it is); hides the panel when there are none.
 */
export function showProblems(
  panel: HTMLElement,
  problems: readonly PageProblem[],
  onPick: (problem: PageProblem) => void,
): void {
  const list = panel.querySelector('ul')!
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li')
      if (problem.warning) item.className = 'warning'
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = problem.text
      button.addEventListener('click', () => onPick(problem))
      item.append(button)
      return item
    }),
  )
  panel.hidden = problems.length === 0
}
