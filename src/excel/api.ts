/** The use cases' types live with the use cases (`src/app/api.ts`); the gateway re-exports them for the pane. */
export type {
  CheckOptions,
  FixOutcome,
  InsertedSheet,
  OpsWorkbook,
  ProgressStep,
  ReviewOutcome,
} from '../app/api';
