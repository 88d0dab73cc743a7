/**
 * One checklist for a family across all the services in its results: the places to go and the
 * documents to bring, each once, with the services it serves. A service whose sources name no
 * document gets "ask at <its place> what to bring" instead of a guess.
 */

/** What the checklist needs of one service in the results, in the order the results list them. */
export interface ChecklistService {
  number: number;
  /** Where to go, as the page's language words them (cited facts only). */
  places: readonly string[];
  /** Documents to bring (cited facts only), by their shared id. */
  documents: readonly { document: string; text: string }[];
  /**
   * Where to ask what to bring when no document is cited: its first place, or, where no source
   * says where, its responsible departments.
   */
  askAt: string;
}

export interface ChecklistEntry {
  text: string;
  /** The services it serves, in the results' order. */
  services: number[];
}

export interface FamilyChecklist {
  /** Each place once, in the order it first appears. */
  places: ChecklistEntry[];
  /** Each document once (by id), in the order it first appears. */
  documents: (ChecklistEntry & { document: string })[];
  /** Services with no cited document, and where to ask what to bring, each place once. */
  askWhatToBring: ChecklistEntry[];
}

/** Adds `service` to the entry keyed `key`, making the entry on first sight. */
function addTo<E extends ChecklistEntry>(entries: Map<string, E>, key: string, make: () => E, service: number) {
  const entry = entries.get(key) ?? make();
  if (!entry.services.includes(service)) entry.services.push(service);
  entries.set(key, entry);
}

/**
 * @example familyChecklist([
 *   { number: 3, places: ['社区卫生服务中心'], documents: [{ document: 'vaccination-booklet', text: '接种本' }], askAt: '社区卫生服务中心' },
 *   { number: 5, places: [], documents: [], askAt: '市教委' },
 * ]).askWhatToBring // [{ text: '市教委', services: [5] }]
 */
export function familyChecklist(services: readonly ChecklistService[]): FamilyChecklist {
  const places = new Map<string, ChecklistEntry>();
  const documents = new Map<string, ChecklistEntry & { document: string }>();
  const ask = new Map<string, ChecklistEntry>();
  for (const service of services) {
    for (const place of service.places) addTo(places, place, () => ({ text: place, services: [] }), service.number);
    for (const { document, text } of service.documents) addTo(documents, document, () => ({ document, text, services: [] }), service.number);
    if (service.documents.length === 0) addTo(ask, service.askAt, () => ({ text: service.askAt, services: [] }), service.number);
  }
  return { places: [...places.values()], documents: [...documents.values()], askWhatToBring: [...ask.values()] };
}
