/**
 * One checklist for a family across all the services in its results: the places to go and the
 * documents to bring, each once, with the services it serves. Where no source names a document, the
 * checklist says to ask at the place the service's sources name; where they name no place either,
 * to ask the responsible department or 12345. It never guesses a document.
 */

/** What the checklist needs of one service in the results, in the order the results list them. */
export interface ChecklistService {
  number: number;
  /** The places the family goes to, as the page's language words them (cited facts only). */
  places: readonly string[];
  /** Documents to bring (cited facts only), by their shared id. */
  documents: readonly { document: string; text: string }[];
}

export interface ChecklistEntry {
  text: string;
  /** The services it serves, in the results' order. */
  services: number[];
}

export interface ChecklistPlace extends ChecklistEntry {
  /** Of its services, those no source names a document for: ask here what to bring. */
  askWhatToBring: number[];
}

export interface FamilyChecklist {
  /** Each place once, in the order it first appears. */
  places: ChecklistPlace[];
  /** Each document once (by id), in the order it first appears. */
  documents: (ChecklistEntry & { document: string })[];
  /** Services whose sources name no place to go: ask the responsible department or 12345, what to bring too. */
  noPlace: number[];
}

/** Adds `service` to the list once. */
function addOnce(list: number[], service: number) {
  if (!list.includes(service)) list.push(service);
}

/**
 * @example familyChecklist([
 *   { number: 3, places: ['社区卫生服务中心'], documents: [{ document: 'vaccination-booklet', text: '接种本' }] },
 *   { number: 2, places: ['社区卫生服务中心'], documents: [] },
 *   { number: 5, places: [], documents: [] },
 * ]).places // [{ text: '社区卫生服务中心', services: [3, 2], askWhatToBring: [2] }]
 */
export function familyChecklist(services: readonly ChecklistService[]): FamilyChecklist {
  const places = new Map<string, ChecklistPlace>();
  const documents = new Map<string, ChecklistEntry & { document: string }>();
  const noPlace: number[] = [];
  for (const { number, places: at, documents: bring } of services) {
    for (const text of at) {
      const place = places.get(text) ?? { text, services: [], askWhatToBring: [] };
      addOnce(place.services, number);
      if (bring.length === 0) addOnce(place.askWhatToBring, number);
      places.set(text, place);
    }
    for (const { document, text } of bring) {
      const entry = documents.get(document) ?? { document, text, services: [] };
      addOnce(entry.services, number);
      documents.set(document, entry);
    }
    if (at.length === 0) addOnce(noPlace, number);
  }
  return { places: [...places.values()], documents: [...documents.values()], noPlace };
}
