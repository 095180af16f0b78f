/** The statements a workshop's slides generate: a vote's result, the number of gaps. */
import type { VoteCount } from '../../schemas/agenda';
import { formatCount } from '../format';
import type { Translate } from './translate';

/** The statement title of a vote's result, computed from the counts. */
export function voteResultTitle(t: Translate, votes: readonly VoteCount[], lng: string): string {
  const total = votes.reduce((n, v) => n + v.count, 0);
  const max = Math.max(...votes.map((v) => v.count));
  const top = votes.filter((v) => v.count === max);
  if (total === 0) return t('presentation.vote.none');
  if (top.length > 1) return t('presentation.vote.tie', { options: top.map((v) => v.option).join(' – '), count: max });
  return t('presentation.vote.wins', { option: top[0]!.option, count: max, total: formatCount(total, lng) });
}

/** The words beside the big number of the gaps slide ("sector–helix gaps"). */
export const gapsCountText = (t: Translate, gaps: number) => t('presentation.gaps.count', { count: gaps });
