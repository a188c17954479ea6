import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Browser and Java start-up take seconds; nothing here should take a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
