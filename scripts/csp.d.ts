/** Types of scripts/csp.js (plain CommonJS, shared with webpack.config.js). */
export const CONTENT_SECURITY_POLICY: string;
export const OFFICE_JS_ORIGIN: string;
export function cspMeta(): Record<string, Record<string, string>>;
