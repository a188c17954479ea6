import { defineConfig } from 'vitest/config'

// Rendering real documents on a busy machine can take seconds: timeouts are generous.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
})
