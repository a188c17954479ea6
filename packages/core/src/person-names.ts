import type { ParticipantIdentity, Person } from './front-matter-schema.js'

/**
 * The words after a person's name in the full form: `title, organisation (country)`;
 * `comma` is the language's (`، ` in Arabic, `，` in Chinese).
 */
export function affiliationOf(person: Person, comma = ', '): string {
  if (person.affiliation) return person.affiliation
  const parts = [person.title, person.organisation].filter((part): part is string => Boolean(part))
  const joined = parts.join(comma)
  if (!person.country) return joined
  return joined ? `${joined} (${person.country})` : person.country
}

/**
 * The full form of a first mention: `The Honourable Ratna Omidvar, Senator for Ontario (Canada)`;
 * `space` goes between the honorific and the name (a no-break space keeps them on one line).
 */
export function fullNameOf(person: Person, comma = ', ', space = ' '): string {
  const name = `${person.formalHonorific ?? person.honorific}${space}${person.name}`
  const affiliation = affiliationOf(person, comma)
  return affiliation ? `${name}${comma}${affiliation}` : name
}

/** The short form of later mentions: `Ms. Omidvar`, `space` between the honorific and the name. */
export function shortNameOf(person: Person, space = ' '): string {
  return `${person.honorific}${space}${person.familyName}`
}

/** How the internal variant attributes an intervention: `Jane Roe, Nepal`. */
export function attributionOf(identity: ParticipantIdentity, comma = ', '): string {
  return [identity.name, identity.affiliation, identity.country].filter(Boolean).join(comma)
}
