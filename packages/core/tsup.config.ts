import { defineConfig, type Options } from 'tsup'

const shared: Options = { entry: ['src/index.ts'], dts: true }

export default defineConfig([
  { ...shared, format: 'esm', sourcemap: true, clean: true },
  // The unified ecosystem ships ES modules only: the CommonJS build carries its own copy.
  { ...shared, format: 'cjs', noExternal: [/^(?!zod$|yaml$)/] },
])
