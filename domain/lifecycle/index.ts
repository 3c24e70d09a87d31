// The lifecycle of one request as pure rules: the workflow is a thin shell around these.
export * from './phases';
export * from './outcomes';
export * from './commands';
export * from './input-guards';
export * from './events';
export * from './settings';
export * from './open-case';
export * from './state';
export * from './context';
export * from './case-deadlines';
export * from './decide';
export * from './apply';
export * from './automatic';
export * from './reminders';
export * from './reminder-spread';
export * from './view';
export * from './regime-family';
