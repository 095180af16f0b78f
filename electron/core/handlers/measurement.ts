import type { Handlers } from './types';
import { getMeasurement, insertMeasurement, updateMeasurement } from '../storage/repos/measurement-repo';
import { deleteRow } from '../storage/repos/versions';

export const measurementHandlers = {
  'measurement.add': (ctx, input) => insertMeasurement(ctx.db(), input),
  'measurement.update': (ctx, input) => {
    updateMeasurement(ctx.db(), input);
    return getMeasurement(ctx.db(), input.id);
  },
  'measurement.delete': (ctx, { id }) => {
    deleteRow(ctx.db(), 'measurement', id);
    return null;
  },
} satisfies Handlers<'measurement.add' | 'measurement.update' | 'measurement.delete'>;
