import { defineConfig } from 'tsup'

const shared = { entry: ['src/index.ts'], dts: true } as const

export default defineConfig([
  { ...shared, format: 'esm', sourcemap: true, clean: true },
  // The hast utilities ship ES modules only: the CommonJS build carries its own copy.
  { ...shared, format: 'cjs', noExternal: [/^(?!@rapporteur\/)/] },
])
