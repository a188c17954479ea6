// The docx library, which @rapporteur/docx and @rapporteur/review both use, bundled once as its own script.
export * from 'docx'
