// Failure messages and stack traces can quote what went wrong with a person's data (a
// refused address, a summary in a validation message): encoded as a payload, so the codec
// encrypts them too. Loaded by path (DataConverter.failureConverterPath) in the workflow
// sandbox as well as in the worker and clients, so it imports nothing but the SDK.
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
