export * from './channel';
export * from './channels';
export * from './errors';
