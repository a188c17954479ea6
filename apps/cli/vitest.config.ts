import { defineConfig } from 'vitest/config'

// The tests run the built CLI as a process, which renders real documents.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
})
