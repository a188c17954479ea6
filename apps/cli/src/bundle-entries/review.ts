// The @rapporteur/review package, bundled as its own script with its own compile cache.
export * from '@rapporteur/review'
