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
  questionsProp: 'Vragen',
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

export const severityNames: Record<string, string> = { error: 'Fout', warning: 'Waarschuwing' };

/** `studyMinutes` → its Dutch label, else the name with spaces (`newGroup` → `new group`). */
export const labelFor = (key: string | number, parent?: string | number) =>
  typeof key === 'number'
    ? `${itemNames[String(parent)] ?? 'Onderdeel'} ${key + 1}`
    : (labels[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
