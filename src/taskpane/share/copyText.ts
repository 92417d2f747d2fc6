/**
 * Puts text on the clipboard from a button press. The async Clipboard API
 * first; where the add-in's web view refuses it (older Office web views deny
 * `clipboard-write`), the selection-and-copy command, which still works from
 * a user gesture. Throws when neither could copy, so the pane can say so.
 */
export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // Fall through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    // Deprecated but the only copy path some Office web views allow.
    const copied = document.execCommand('copy');
    if (!copied) throw new Error('The clipboard refused the copy.');
  } finally {
    area.remove();
  }
}
