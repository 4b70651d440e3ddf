import { listLimitCheck } from './list-limit.js';

/** At most ten (the ruleset's `attachments.max`) attached documents. */
export default listLimitCheck('attachments-limit', 'attachments', 'attachment');
