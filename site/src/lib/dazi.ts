/**
 * No-JS 大字版 lives in the address fragment (`?dazi=1#dazi`, CSS `:target`), so an ordinary
 * in-page link (#main, #materials) would switch it off. Every in-page target therefore has a twin
 * anchor `dazi-<id>` and every in-page link a twin link to it, shown only in no-JS 大字版; the CSS
 * keeps 大字版 on while any `dazi-…` anchor is the target.
 */
export function daziTwin(id: string): string {
  return `dazi-${id}`;
}
