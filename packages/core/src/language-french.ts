import type { Language } from './language.js'

// U+00A0 (no-break space) before a colon and inside guillemets, U+202F (narrow
// no-break space) before ; ! ? and in "%", as French typography asks.

/** French, as UN documents write it. */
export const french: Language = {
  labels: {
    reportType: 'Rapport de synthèse',
    facilitatedBy: 'Facilitation\u00a0: {facilitator}',
    facilitatorArticle: '',
    modalityVirtual: 'En ligne',
    modalityInPerson: 'En présentiel',
    modalityHybrid: 'Format hybride',
    timeWithZone: '{time} ({zone})',
    dateLine: '{date}, {time} – {place}',
    dateLineWithoutTime: '{date} – {place}',
    distribution: 'Distr.\u00a0: {distribution}',
    originalLanguage: 'Original\u00a0: {language}',
    statusLine: '{reportType} — {status}',
    statusDraft: 'projet soumis pour observations',
    statusInternal: 'usage interne',
    statusDigest: 'synthèse des recommandations',
    watermarkDraft: 'PROJET',
    bannerDraft: 'Projet soumis pour observations',
    internalNotice: 'Usage interne — ne pas diffuser',
    commentLine: 'Les observations sur le présent projet sont attendues jusqu’au {deadline}.',
    commentLineRecipient:
      'Les observations sur le présent projet sont attendues jusqu’au {deadline}, à l’intention de {recipient}.',
    commentLineAddress:
      'Les observations sur le présent projet sont attendues jusqu’au {deadline}, à l’adresse {address}.',
    commentLineRecipientAddress:
      'Les observations sur le présent projet sont attendues jusqu’au {deadline}, à l’intention de {recipient}, à l’adresse {address}.',
    subject: '{reportType}, {date}',
    description: '{reportType}\u00a0: {title}, {date}.',
    backgroundDocuments: 'Documents de référence',
    annex: 'Annexe',
    annexNumbered: 'Annexe {numeral}',
    agendaTime: 'Horaire',
    agendaDetails: 'Déroulement',
    attendance: 'Participation',
    attendanceTotal: 'Participants\u00a0: {count}',
    attendanceCategory: '{category}\u00a0: {count}',
    attendanceCountries: 'Pays ({count})\u00a0: {countries}',
    attendanceGender: 'Femmes\u00a0: {women}\u202f; hommes\u00a0: {men}',
    attendanceGenderOther:
      'Femmes\u00a0: {women}\u202f; hommes\u00a0: {men}\u202f; autres\u00a0: {other}',
    percent: '{number}\u202f%',
    recommendations: 'Recommandations',
    noRecommendations: 'Le rapport ne consigne aucune recommandation.',
    recommendationsAndCalls: 'Recommandations et appels',
    anonymousSpeakers: 'Participants',
    paragraphReference: ' (par.\u00a0{number})',
    ruleChathamHouse:
      'La consultation s’est tenue selon la règle de Chatham House\u00a0: seuls les intervenants nommés dans le rapport sont identifiés, et les recommandations des autres participants sont attribuées à «\u00a0un participant\u00a0».',
    ruleOnTheRecord:
      'La consultation s’est tenue sans règle de confidentialité\u00a0: les intervenants sont nommés comme dans le rapport.',
    pageNumber: 'Page {page} sur {pages}',
    contents: 'Table des matières',
    notes: 'Notes',
    skipToContent: 'Aller au rapport',
    paragraph: 'Paragraphe {number}',
    note: 'Note {number}',
    backToReference: 'Retour à l’appel de note {number}',
    recommendationsOf: 'Recommandations de {speaker}',
  },
  conventions: {
    direction: 'ltr',
    scriptClass: 'latin',
    quotes: ['«', '»'],
    innerQuotes: ['“', '”'],
    letterLabel: '{letter})',
    letters: 'latin',
    letterCase: 'lower',
    punctuationSpaces: true,
    spacedThousands: true,
    titles: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Dr', 'Pr', 'S.E.'],
    noteMarker: 'before',
    comma: ', ',
    listSeparator: ', ',
  },
}
