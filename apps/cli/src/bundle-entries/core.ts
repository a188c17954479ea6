// The @rapporteur/core package, bundled as its own script with its own compile cache.
export * from '@rapporteur/core'
