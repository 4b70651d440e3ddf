import { listLimitCheck } from './list-limit.js';

/** At most ten (the ruleset's `links.max`) website links. */
export default listLimitCheck('links-limit', 'links', 'link');
