// How a request can arrive (OpenCase.channel), and how the timeline says so.
export const CHANNELS = ['email', 'post', 'web-form', 'phone', 'in-person', 'social-media', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RECEIVED_BY: Record<Channel, string> = {
  email: 'by email',
  post: 'by post',
  'web-form': 'through the web form',
  phone: 'by phone',
  'in-person': 'in person',
  'social-media': 'on social media',
  other: 'by other means',
};

/** How a request arrived, as the officer recorded it when opening the case (absent in cases
 * opened before it was kept). */
export interface Arrival {
  receivedAt?: string;
  channel?: Channel;
  questionCount?: number;
}
