/** SPEC §3.2 partner departments: one cell, separated by 、 , ， ; ； or /. */
const LIST_SEPARATOR = /[、,，;；/\n]+/;

export function parseList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
