/** Dutch labels for field names (the help text under a field is the schema's own `.describe()`). */
export const labels: Record<string, string> = {
  id: 'Id',
  title: 'Titel',
  part: 'Deel',
  order: 'Volgorde',
  summary: 'Samenvatting',
  goals: 'Leerdoelen',
  studyMinutes: 'Studietijd (minuten)',
  contentNote: 'Inhoudswaarschuwing',
  sources: 'Bronnen',
  term: 'Begrip',
  definition: 'Definitie',
  module: 'Module',
  intro: 'Inleiding',
  passMark: 'Slagingsgrens (%)',
  attempts: 'Pogingen',
  shuffle: 'Vragen husselen',
  draw: 'Trekken uit vragenbank',
  scoring: 'Welke poging telt',
  reveal: 'Juiste antwoorden tonen',
  graded: 'Telt mee',
  questions: 'Vragen',
  type: 'Vraagtype',
  prompt: 'Vraag',
  points: 'Punten',
  feedback: 'Feedback',
  correct: 'Juist',
  incorrect: 'Onjuist',
  options: 'Antwoordopties',
  text: 'Tekst',
  pool: 'Vragenbank',
  pinOrder: 'Volgorde vastzetten',
  kind: 'Soort',
  description: 'Beschrijving',
  parts: 'Delen',
  language: 'Taal',
  minutes: 'Minuten',
  steps: 'Stappen',
  value: 'Tekst',
};

/** What one item of a list is called, by the list's field name. */
export const itemNames: Record<string, string> = {
  questions: 'Vraag',
  options: 'Antwoordoptie',
  goals: 'Leerdoel',
  sources: 'Bron',
  parts: 'Deel',
  steps: 'Stap',
  items: 'Onderdeel',
  pairs: 'Paar',
  draw: 'Trekking',
};

export const blockNames: Record<string, string> = {
  paragraph: 'Alinea',
  heading: 'Kop',
  list: 'Lijst',
  table: 'Tabel',
  blockquote: 'Citaat',
  code: 'Code',
  thematicBreak: 'Scheidingslijn',
  mdxJsxFlowElement: 'Onderdeel',
};

/**
 * What each check rule is about, in Dutch; the checker's own message (English, with the exact values and
 * the fix) follows as the detail.
 */
export const ruleSummaries: Record<string, string> = {
  'yaml-syntax': 'De YAML van dit bestand is niet te lezen.',
  'mdx-syntax': 'De MDX van de tekst is niet te lezen.',
  frontmatter: 'De gegevens bovenaan de module (frontmatter) ontbreken of kloppen niet.',
  schema: 'Dit veld voldoet niet aan het schema.',
  question: 'Deze vraag is zo niet te beantwoorden of na te kijken.',
  'duplicate-id': 'Dit id wordt al gebruikt.',
  'part-ref': 'Dit deel bestaat niet in de cursus.',
  'module-ref': 'Deze module bestaat niet.',
  'file-name': 'De bestandsnaam past niet bij het id of de volgorde.',
  order: 'De volgorde van de modules klopt niet.',
  'empty-part': 'Dit deel heeft geen modules.',
  'quiz-ref': 'Deze toets bestaat niet.',
  'quiz-reused': 'Deze toets staat in meer dan één module.',
  'unused-quiz': 'Deze toets staat in geen enkele module.',
  'score-quiz': 'De toets die het cijfer bepaalt, klopt niet.',
  'pass-mark': 'De slagingsgrens klopt niet.',
  component: 'Dit onderdeel (component) of een eigenschap ervan klopt niet.',
  'reflection-id': 'Deze reflectie heeft geen eigen id.',
  'term-ref': 'Dit begrip staat niet in de begrippenlijst.',
  link: 'Deze link wijst naar iets wat niet bestaat.',
  image: 'Deze afbeelding is niet te vinden.',
  'image-alt': 'Deze afbeelding heeft geen beschrijving (alt-tekst).',
  'figure-file': 'Het bestand van deze figuur of dit medium is niet te vinden.',
  'figure-external': 'Deze figuur staat online; de cursus moet zonder internet werken.',
  'figure-svg': 'Deze SVG is niet veilig of niet schaalbaar.',
  'figure-alt': 'De beschrijving van deze figuur is niet bruikbaar.',
  'media-transcript': 'Bij dit geluidsfragment ontbreekt een uitgeschreven tekst.',
  heading: 'De koppen volgen elkaar niet goed op.',
  'word-count': 'De tekst is erg kort of erg lang.',
  todo: 'Hier staat nog tijdelijke tekst (TODO).',
  'quiz-longest': 'Het goede antwoord is vaak het langste; dat verraadt het antwoord.',
  'quiz-shortest': 'Het goede antwoord is vaak het kortste; dat verraadt het antwoord.',
};

export const severityNames: Record<string, string> = { error: 'Fout', warning: 'Waarschuwing' };

/** `studyMinutes` → its Dutch label, else the name with spaces (`newGroup` → `new group`). */
export const labelFor = (key: string | number, parent?: string | number) =>
  typeof key === 'number'
    ? `${itemNames[String(parent)] ?? 'Onderdeel'} ${key + 1}`
    : (labels[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
