/**
 * The command line's commands: one list for the argument parser and for the
 * launcher, which keeps one code cache per command (`launch.ts`).
 */
export const COMMAND_NAMES = ['template', 'check', 'review', 'fix'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
