/**
 * Char codes of the XML punctuation both scanners look for. They equal the
 * byte values in UTF-8, so the string scanner (`xmlScanner`) and the byte
 * scanner (`read/sheetBytes`) share them.
 */
export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const QUESTION = 63;
export const BANG = 33;
export const COLON = 58;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const AMPERSAND = 38;
export const EQUALS = 61;
/** A line break as some writers store it (CR LF): XML reads it as LF. */
export const CARRIAGE_RETURN = 13;
