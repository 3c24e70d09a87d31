// One data converter for every process that talks to Temporal (worker, CLI, web app,
// tests): payloads encrypted with the configured keys, failures' text included.
import type { DataConverter } from '@temporalio/common';
import { AesGcmCodec } from './aes-gcm-codec';
import { loadPayloadKeys, type PayloadKeys } from './payload-keys';

export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

export function encryptingDataConverter(keys: PayloadKeys): DataConverter {
  return { payloadCodecs: [new AesGcmCodec(keys)], failureConverterPath: FAILURE_CONVERTER_PATH };
}

/** The data converter from the environment (FOI_PAYLOAD_KEYS or data/payload-keys). */
export const dataConverterFromEnv = (env: NodeJS.ProcessEnv = process.env): DataConverter =>
  encryptingDataConverter(loadPayloadKeys(env));
