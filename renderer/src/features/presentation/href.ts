import { href } from '../../app/router';

/**
 * The route of a workshop's presentation. Its own small module: the workshop screen links to
 * it without loading the presentation (and the charts) until someone presents.
 */
export const presentHref = (workshopId: string, role?: 'presenter' | 'audience') => href('present', role ? { role } : undefined, workshopId);
