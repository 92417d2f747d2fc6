/**
 * Property: `formatMessage` (each template split once at its placeholders)
 * gives what one regex replace of `{name}` gives, whatever the template
 * holds (braces that are no placeholder, placeholders side by side, unknown
 * names left as written) and whatever the values.
 */
import fc from 'fast-check';
import { formatMessage } from '../../src/core/i18n';

function byRegex(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const name = fc.constantFrom('a', 'b', 'count', 'path', 'x_1', '');
const piece = fc.oneof(
  fc.string({ maxLength: 6 }),
  name.map((n) => `{${n}}`),
  fc.constantFrom('{', '}', '{{', '}}', '{ a}', '任务'),
);

it('replaces placeholders exactly as a regex replace does', () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
      fc.dictionary(name, fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 4 }),
      (template, params) => {
        // Twice: the second call reads the template's split from the cache.
        expect(formatMessage(template, params)).toBe(byRegex(template, params));
        expect(formatMessage(template, params)).toBe(byRegex(template, params));
      },
    ),
    { numRuns: 1000 },
  );
});
