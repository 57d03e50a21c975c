/** Dutch-like text from a fixed word list: sentences, titles and phrases for the synthetic courses. */
import type { Random } from './random.ts';

export const nouns = [
  'groep',
  'deelnemer',
  'trainer',
  'bijeenkomst',
  'gesprek',
  'ervaring',
  'grens',
  'afspraak',
  'veiligheid',
  'steun',
  'herkenning',
  'vertrouwen',
  'keuze',
  'gevoel',
  'situatie',
  'vraag',
  'antwoord',
  'oefening',
  'ronde',
  'thema',
  'casemanager',
  'begeleider',
  'organisatie',
  'hulpverlening',
  'behandeling',
  'woning',
  'inkomen',
  'schuld',
  'netwerk',
  'familie',
  'vriendin',
  'collega',
  'werkvorm',
  'opdracht',
  'verhaal',
  'moment',
  'week',
  'avond',
  'ruimte',
  'tafel',
  'kring',
  'stilte',
  'spanning',
  'emotie',
  'reactie',
  'houding',
  'rol',
  'taak',
  'doel',
  'stap',
  'signaal',
  'risico',
  'plan',
  'toekomst',
  'verleden',
  'lichaam',
  'adem',
  'rust',
  'energie',
  'grondhouding',
  'loyaliteit',
  'schaamte',
  'schuldgevoel',
  'boosheid',
  'angst',
  'hoop',
  'kracht',
  'zorg',
  'aandacht',
  'taal',
  'uitleg',
  'voorbeeld',
  'ervaringsdeskundige',
  'intake',
  'verwijzing',
  'evaluatie',
  'afsluiting',
  'opening',
  'pauze',
  'regel',
];

export const verbs = [
  'bespreekt',
  'merkt',
  'vraagt',
  'kiest',
  'oefent',
  'herkent',
  'benoemt',
  'begeleidt',
  'ondersteunt',
  'bewaakt',
  'vertelt',
  'deelt',
  'luistert',
  'onderzoekt',
  'verkent',
  'ervaart',
  'bepaalt',
  'zoekt',
  'vindt',
  'geeft',
  'neemt',
  'houdt',
  'maakt',
  'opent',
  'sluit',
  'verbindt',
  'versterkt',
  'beschermt',
  'voorkomt',
  'signaleert',
  'stemt',
  'begint',
  'eindigt',
  'plant',
  'toetst',
  'verwijst',
  'leert',
  'ziet',
  'hoort',
  'voelt',
];

export const adjectives = [
  'veilige',
  'vaste',
  'open',
  'korte',
  'lange',
  'eerste',
  'laatste',
  'nieuwe',
  'oude',
  'eigen',
  'duidelijke',
  'rustige',
  'moeilijke',
  'eenvoudige',
  'heldere',
  'warme',
  'voorzichtige',
  'kleine',
  'grote',
  'gezamenlijke',
  'persoonlijke',
  'praktische',
  'belangrijke',
  'vriendelijke',
  'stevige',
  'zachte',
  'concrete',
  'passende',
  'volgende',
  'vorige',
];

export const adverbs = [
  'vaak',
  'soms',
  'meestal',
  'altijd',
  'zelden',
  'eerst',
  'daarna',
  'samen',
  'rustig',
  'bewust',
  'opnieuw',
  'stap voor stap',
  'zorgvuldig',
  'met aandacht',
];
export const determiners = ['de', 'een', 'elke', 'iedere', 'deze', 'die', 'haar', 'jouw', 'onze'];
export const prepositions = [
  'in',
  'met',
  'voor',
  'na',
  'tijdens',
  'over',
  'bij',
  'naast',
  'zonder',
  'door',
  'vanuit',
  'rond',
];
export const subjects = [
  'je',
  'de trainer',
  'de groep',
  'een deelnemer',
  'iedereen',
  'niemand',
  'wie wil',
  'de begeleider',
  'de co-trainer',
  'zij',
];
export const connectors = ['omdat', 'zodat', 'terwijl', 'wanneer', 'als', 'voordat', 'nadat', 'hoewel'];
export const names = [
  'Sanne',
  'Dewi',
  'Lina',
  'Naomi',
  'Jessy',
  'Mariam',
  'Fatima',
  'Eva',
  'Noor',
  'Iris',
  'Amira',
  'Kim',
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function nounPhrase(r: Random): string {
  return [r.pick(determiners), r.chance(0.5) ? r.pick(adjectives) : '', r.pick(nouns)].filter(Boolean).join(' ');
}

function clause(r: Random): string {
  const parts = [r.pick(subjects), r.pick(verbs)];
  if (r.chance(0.4)) parts.push(r.pick(adverbs));
  parts.push(nounPhrase(r));
  if (r.chance(0.7)) parts.push(r.pick(prepositions), nounPhrase(r));
  return parts.join(' ');
}

export function sentence(r: Random): string {
  let text = clause(r);
  if (r.chance(0.45)) text += `${r.chance(0.5) ? ',' : ''} ${r.pick(connectors)} ${clause(r)}`;
  return `${cap(text)}${r.chance(0.08) ? '?' : '.'}`;
}

export const paragraph = (r: Random, sentences = r.int(3, 6)) =>
  Array.from({ length: sentences }, () => sentence(r)).join(' ');

/** A short phrase for titles and list items, without a full stop: adjective + noun, then prepositional phrases. */
export function phrase(r: Random, words = r.int(2, 5)): string {
  const out = [r.pick(adjectives), r.pick(nouns)];
  while (out.length < words) out.push(r.pick(prepositions), nounPhrase(r));
  return cap(out.join(' '));
}

/** A lower-case hyphenated slug made of words, for ids. */
export const slugWords = (r: Random, count: number) => Array.from({ length: count }, () => r.pick(nouns)).join('-');
