/** The field keys of each level's two columns: `departmentHeadOpinion`, `departmentHeadDate`. */
import type { ApprovalLevel } from './levels';

export const opinionKey = (level: ApprovalLevel): string => `${level}Opinion`;
export const dateKey = (level: ApprovalLevel): string => `${level}Date`;
/** The level's deadline: a live formula column. */
export const deadlineKey = (level: ApprovalLevel): string => `${level}Deadline`;

/** A team's single 审批意见栏 cell (read from their sheets, never inserted). */
export const OPINIONS_KEY = 'opinions';
