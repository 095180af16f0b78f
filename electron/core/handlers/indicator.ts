import { getIndicator, getIndicatorDetail, insertIndicator, listIndicators, updateIndicator } from '../storage/repos/indicator-repo';
import { rowHandlers } from './rows';

export const indicatorHandlers = rowHandlers('indicator', { list: listIndicators, detail: getIndicatorDetail, get: getIndicator, insert: insertIndicator, update: updateIndicator });
