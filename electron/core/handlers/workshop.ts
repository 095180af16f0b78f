import { getWorkshop, getWorkshopDetail, insertWorkshop, listWorkshops, updateWorkshop } from '../storage/repos/workshop-repo';
import { rowHandlers } from './rows';

export const workshopHandlers = rowHandlers('workshop', { list: listWorkshops, detail: getWorkshopDetail, get: getWorkshop, insert: insertWorkshop, update: updateWorkshop });
