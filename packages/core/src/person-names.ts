import type { ParticipantIdentity, Person } from './front-matter-schema.js'

/** How a language writes a person's wording: its comma and its orders of words. */
export interface NameForms {
  /** The comma of running text: `, `, `، ` in Arabic, `，` in Chinese. */
  comma: string
  /** The honorific and the name together: `{honorific} {name}`, `{name}{honorific}` in Chinese. */
  honorificForm: string
  /** The country after the title and organisation: `{affiliation} ({country})`. */
  countryForm: string
}

/** The forms of English, which the others vary. */
const englishForms: NameForms = {
  comma: ', ',
  honorificForm: '{honorific} {name}',
  countryForm: '{affiliation} ({country})',
}

/**
 * The words after a person's name in the full form: `title, organisation (country)`,
 * in the language's `forms` (`，` and `（…）` in Chinese).
 */
export function affiliationOf(person: Person, forms: NameForms = englishForms): string {
  if (person.affiliation) return person.affiliation
  const parts = [person.title, person.organisation].filter((part): part is string => Boolean(part))
  const joined = parts.join(forms.comma)
  if (!person.country) return joined
  if (!joined) return person.country
  const country = person.country
  return forms.countryForm.replace(/\{(affiliation|country)\}/g, (_, part: string) =>
    part === 'country' ? country : joined,
  )
}

/**
 * An honorific and a name written together in `form` (`{honorific} {name}`, or
 * `{name}{honorific}` in Chinese), `space` for each space of the form.
 */
function withHonorific(form: string, honorific: string, name: string, space: string): string {
  return form
    .split(' ')
    .join(space)
    .replace(/\{(honorific|name)\}/g, (_, part: string) => (part === 'name' ? name : honorific))
}

/**
 * The full form of a first mention: `The Honourable Ratna Omidvar, Senator for Ontario (Canada)`,
 * in the language's `forms`; `space` goes between the honorific and the name (a no-break
 * space keeps them on one line).
 */
export function fullNameOf(person: Person, forms: NameForms = englishForms, space = ' '): string {
  const honorific = person.formalHonorific ?? person.honorific
  const name = withHonorific(forms.honorificForm, honorific, person.name, space)
  const affiliation = affiliationOf(person, forms)
  return affiliation ? `${name}${forms.comma}${affiliation}` : name
}

/**
 * The short form of later mentions: `Ms. Omidvar` (`陈女士` in Chinese), in the language's
 * `forms`, `space` between the honorific and the name.
 */
export function shortNameOf(person: Person, forms: NameForms = englishForms, space = ' '): string {
  return withHonorific(forms.honorificForm, person.honorific, person.familyName, space)
}

/** How the internal variant attributes an intervention: `Jane Roe, Nepal`. */
export function attributionOf(identity: ParticipantIdentity, comma = ', '): string {
  return [identity.name, identity.affiliation, identity.country].filter(Boolean).join(comma)
}
