import { jsonSchemaIds } from '@rapporteur/core'

/**
 * The report source that `rapporteur init` writes: every part of the format,
 * commented, valid and buildable as it is.
 */
export const reportTemplate = `---
# yaml-language-server: $schema=${jsonSchemaIds.frontMatter}
# The front matter: the report's metadata, people, attendance and annexes, in YAML.
# An editor that checks front matter as YAML reads its schema from the line above
# (\`rapporteur schema\` prints it); \`rapporteur lsp\` checks the whole report as you type.

title: Consultation on the Topic of the Meeting
# A short title for running headers (optional).
shortTitle: Consultation on the Topic
# The kind of report; the masthead shows it with the variant's status.
reportType: Summary report
# draft or final.
status: draft
# The office that facilitated the meeting, as the masthead names it.
facilitator: Office of the Facilitating Organisation
# The day of the meeting, YYYY-MM-DD.
date: 2024-05-02
time:
  start: "10:00"
  end: "12:00"
  zone: Europe/Geneva
  zoneLabel: Geneva time
# virtual, in-person or hybrid.
modality: hybrid
venue: Geneva
language: en
# chatham-house hides who said what in every variant but internal; or on-the-record.
rule: chatham-house
description: Summary of a consultation with stakeholders on the topic of the meeting.
keywords:
  - consultation
  - summary report

# The draft variant prints the deadline and address for comments under the masthead.
comments:
  deadline: 2024-05-16
  recipient: the secretariat
  address: comments@example.org

# Named speakers, mentioned in the text as :person{#id}. The first mention is in
# full ("Ms. Jane Example, Chair of the Working Group (Norway)"), later ones short.
people:
  - id: chair
    honorific: Ms.
    name: Jane Example
    familyName: Example
    title: Chair of the Working Group
    country: Norway
  - id: expert
    honorific: Dr.
    name: Sam Sample
    familyName: Sample
    title: Senior Adviser
    organisation: Example Institute

# The body after the closing "---" is Markdown. Each "# Heading" starts a section,
# numbered I, II, III…; paragraphs are numbered 1, 2, 3… across sections. A
# ":::recommendations{speaker=id}" block letters a speaker's recommendations A, B, C…;
# a ":::unnumbered" block holds a paragraph without a number. ":call[…]" and
# ":recommendation[…]" mark a sentence the digest gathers, with who made it
# ("{by=id}", "{by=participant}", or the first mention inside).

# Who made anonymous interventions, written :participant[A participant]{#id}.
# Only the internal variant shows them; the others apply the meeting's rule.
participants:
  - id: delegate-1
    name: Alex Placeholder
    country: Chile

attendance:
  total: 25
  categories:
    - label: delegates
      count: 18
  countries:
    - Chile
    - Norway
  gender:
    women: 60
    men: 40

backgroundDocuments:
  title: Background documents
  items:
    - title: Concept note of the consultation
      url: https://example.org/concept-note

annexes:
  - title: Provisional agenda
    agenda:
      timeHeading: Time
      detailsHeading: Details
      items:
        - start: "10:00"
          end: "10:15"
          session: Opening
          speakers:
            - Jane Example, Chair of the Working Group
        - start: "10:15"
          end: "12:00"
          session: Discussion
    questions:
      title: Guiding questions
      items:
        - What has worked well since the last consultation?
        - What should change?
---

# Opening

:person{#chair} opened the consultation and welcomed the participants.[^welcome]

:person{#chair} recalled the purpose of the meeting: to hear *every* stakeholder on
the topic before the next session.

# Discussion

:person{#expert} presented the findings of the Example Institute and made the
following recommendations:

:::recommendations{speaker=expert}
- the working group should meet twice a year;
- the secretariat should publish a summary of each meeting.
:::

:participant[A participant]{#delegate-1} agreed and :call[called for a follow-up meeting]{by=participant}.
:participant[Another participant] asked how stakeholders could contribute in writing.

:::unnumbered
:person{#expert} replied that written contributions were welcome.
:::

Key points of the discussion:

- [x] **Follow-up:** a summary of each meeting, shared with participants;
- [x] **Participation:** written contributions between meetings.

# Closing

:person{#chair} thanked the participants and closed the meeting.

[^welcome]: The list of participants is available from the secretariat.
`
