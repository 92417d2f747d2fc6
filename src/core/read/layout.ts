/** A template's declaration indexed for reading: columns and spans by field key, built once. */
import type { ColumnDecl, SpanDecl } from '../templates/module';
import type { GenericTemplate } from '../templates/registry';

export interface TemplateLayout {
  readonly template: GenericTemplate;
  readonly columns: ReadonlyMap<string, ColumnDecl<string>>;
  /** Field key → the span it is an end of. */
  readonly spanOf: ReadonlyMap<string, SpanDecl<string>>;
}

function indexed(template: GenericTemplate): TemplateLayout {
  const columns = new Map<string, ColumnDecl<string>>(
    template.columns.map((column: ColumnDecl<string>) => [column.key, column]),
  );
  const spanOf = new Map<string, SpanDecl<string>>();
  for (const span of template.spans ?? []) {
    spanOf.set(span.start, span);
    spanOf.set(span.end, span);
  }
  return { template, columns, spanOf };
}

const LAYOUTS = new WeakMap<GenericTemplate, TemplateLayout>();

export function layoutOf(template: GenericTemplate): TemplateLayout {
  let found = LAYOUTS.get(template);
  if (!found) {
    found = indexed(template);
    LAYOUTS.set(template, found);
  }
  return found;
}
