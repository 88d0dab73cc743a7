/**
 * Validates records against a zod schema, naming every problem by file, record and field, so a
 * content editor can fix it without reading code.
 */
import type { z } from 'zod';

/**
 * How a record is named in a message: `service 3`, `department "civil-affairs"`, a glossary's
 * `term 督促监护令`, or its position.
 */
function describeRecord(kind: string, raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const { number, service, id, code, zh } = raw as { number?: unknown; service?: unknown; id?: unknown; code?: unknown; zh?: unknown };
    if (typeof number === 'number') return `${kind} ${number}`;
    if (typeof service === 'number') return `${kind} ${service}`;
    if (typeof code === 'string') return `${kind} ${code}`;
    if (typeof id === 'string') return `${kind} "${id}"`;
    if (typeof zh === 'string') return `${kind} ${zh}`;
  }
  return `${kind} at position ${index + 1}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./u, '');
}

/**
 * Validates records read from one file. Returns the parsed records and adds a line to `problems`
 * for every field that does not fit.
 */
export function validateRecords<S extends z.ZodType>(
  file: string,
  kind: string,
  records: readonly unknown[],
  schema: S,
  problems: string[],
): z.infer<S>[] {
  const valid: z.infer<S>[] = [];
  records.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const record = describeRecord(kind, raw, index);
    for (const issue of result.error.issues) {
      // Every schema is strict: a misspelt field would otherwise be dropped without a word.
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push(`${file}, ${record}, field "${fieldPath([...issue.path, key])}": is not a known field: check its spelling, or remove it`);
        }
        continue;
      }
      const field = fieldPath(issue.path);
      problems.push(`${file}, ${record}${field ? `, field "${field}"` : ''}: ${issue.message}`);
    }
  });
  return valid;
}
