/** A raw SQL fragment with its `?` bindings, composable through the `sql` template tag. */
export class Sql {
  constructor(
    readonly text: string,
    readonly bindings: unknown[],
  ) {}
}

/**
 * Builds SQL from a template: interpolated `Sql` fragments are inlined (with their bindings),
 * every other value becomes a `?` binding. Keeps placeholders and bindings in step.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const bindings: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof Sql) {
      text += value.text;
      bindings.push(...value.bindings);
    } else {
      text += '?';
      bindings.push(value);
    }
    text += strings[index + 1];
  });
  return new Sql(text, bindings);
}

/** A trusted SQL fragment (column names, constant expressions); never user input. */
export function raw(text: string): Sql {
  return new Sql(text, []);
}

/** `parts` joined by `separator` (a trusted SQL fragment such as ', '), bindings in order. */
export function joinSql(parts: readonly Sql[], separator: string): Sql {
  return new Sql(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.bindings),
  );
}

/** A PostgreSQL integer-array literal for `= any(?::int[])`: one binding whatever the number of ids. */
export function intArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(id)).join(',')}}`;
}
