import { describe, expect, it } from 'vitest'
import { startPool } from '../src/worker-pool.js'

describe('the build worker pool', () => {
  it('fails a task whose answer cannot be read back, and goes on with the next', async () => {
    const pool = startPool(1, 0, new URL('./deep-answer-worker.cjs', import.meta.url))
    try {
      const unreadable = {
        ok: false,
        problems: [
          {
            file: 'report.md',
            message:
              "could not be read: the build worker's answer could not be read: Maximum call stack size exceeded",
          },
        ],
      }
      expect(await pool.load('report.md', false)).toEqual(unreadable)
      // The worker still takes tasks: nothing waits forever.
      expect(await pool.load('report.md', false)).toEqual(unreadable)
    } finally {
      await pool.close()
    }
  })
})
