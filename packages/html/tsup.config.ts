import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // The hast utilities are implementation details and ship ES modules only: each
  // build carries its own copy. Core is shared.
  noExternal: [/^(?!@rapporteur\/)/],
})
