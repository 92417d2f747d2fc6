/** Every template, declared once. A new template is a new declaration added here. */
import type { TemplateKind, TemplateSpec } from '../model';
import { COLLAB } from './collab';
import { REVIEW } from './review';
import { TRACKER } from './tracker';

export const TEMPLATES: readonly TemplateSpec[] = [TRACKER, COLLAB, REVIEW];

export function getTemplate(kind: TemplateKind): TemplateSpec {
  switch (kind) {
    case 'tracker':
      return TRACKER;
    case 'collab':
      return COLLAB;
    case 'review':
      return REVIEW;
  }
}
