/** The statements a workshop's slides generate: a vote's result, the number of gaps. */
import type { VoteCount } from '../../schemas/agenda';
import { formatCount } from '../format';
import { listOf, topOf, type Translate } from './translate';

/** The statement title of a vote's result, computed from the counts. */
export function voteResultTitle(t: Translate, votes: readonly VoteCount[], lng: string): string {
  const total = votes.reduce((n, v) => n + v.count, 0);
  const top = topOf(votes, (v) => v.count);
  if (total === 0) return t('presentation.vote.none');
  const max = top[0]!.count;
  if (top.length > 1) return t('presentation.vote.tie', { options: listOf(top.map((v) => v.option), lng), count: max });
  return t('presentation.vote.wins', { option: top[0]!.option, top: formatCount(max, lng), count: total });
}

/**
 * The words beside the big number of the gaps slide ("sector–helix gaps in 3 sectors"), or that
 * there is nothing to check. `gapSectors` is how many sectors have a gap (the matrix slide's count):
 * it is said only when there are several gaps, since one gap is in one sector.
 */
export function gapsCountText(t: Translate, gaps: number, sectors: number, gapSectors: number): string {
  if (sectors === 0) return t('presentation.gaps.noSectors');
  if (gaps <= 1 || gapSectors === 0) return t('presentation.gaps.count', { count: gaps });
  return t('presentation.gaps.countInSectors', { count: gapSectors });
}
