/** Returned copies that cannot be read at all: one message a copy, naming it and saying why. */
export class ReviewError extends Error {
  readonly messages: readonly string[]
  constructor(messages: string | readonly string[]) {
    const list = typeof messages === 'string' ? [messages] : messages
    super(list.join('\n'))
    this.name = 'ReviewError'
    this.messages = list
  }
}

/** Whether a value is a `ReviewError`, across copies of the package. */
export function isReviewError(value: unknown): value is ReviewError {
  return value instanceof Error && value.name === 'ReviewError'
}
