// A URL's query as the object its zod schema parses: a repeated key becomes an array.

/**
 * `blankIsAbsent`: drop empty values, for queries an HTML form builds (it sends its blank fields as
 * `from=`, which means "no filter"). An API client's `?asOf=` is otherwise refused as what it is.
 */
export function searchParamsObject(params: URLSearchParams, { blankIsAbsent = false } = {}): Record<string, string | string[]> {
  // No prototype: a parameter named __proto__ is a parameter like any other.
  const result = Object.create(null) as Record<string, string | string[]>;
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((value) => !blankIsAbsent || value.trim() !== "");
    if (values.length > 0) result[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return result;
}
