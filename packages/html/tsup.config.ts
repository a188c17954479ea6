import { defineConfig, type Options } from 'tsup'

const shared: Options = { entry: ['src/index.ts'], dts: true }

export default defineConfig([
  { ...shared, format: 'esm', sourcemap: true, clean: true },
  // The hast utilities ship ES modules only: the CommonJS build carries its own copy.
  { ...shared, format: 'cjs', noExternal: [/^(?!@rapporteur\/)/] },
])
