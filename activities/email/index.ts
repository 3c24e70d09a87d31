// What the worker and the workflow need from the email activity.
export { loadEmailConfig, type EmailConfig, type SmtpTls } from './config';
export { createEmailActivities, type EmailActivities } from './send';
export { renderEmail, type RenderedEmail } from './templates';
export { messageIdFor } from './message-id';
export * from './types';
