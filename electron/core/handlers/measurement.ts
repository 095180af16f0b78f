import type { Handlers } from './types';
import { getMeasurement, insertMeasurement, updateMeasurement } from '../storage/repos/measurement-repo';
import { deleteHandler } from './rows';

export const measurementHandlers = {
  'measurement.add': (ctx, input) => insertMeasurement(ctx.db(), input),
  'measurement.update': (ctx, input) => {
    updateMeasurement(ctx.db(), input);
    return getMeasurement(ctx.db(), input.id);
  },
  'measurement.delete': deleteHandler('measurement'),
} satisfies Handlers<'measurement.add' | 'measurement.update' | 'measurement.delete'>;
