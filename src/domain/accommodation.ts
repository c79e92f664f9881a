/** Where the delegation sleeps at a stop. The local-script address is the one shown to a taxi driver. */
import { z } from 'zod';
import { isoDateSchema } from './time';
import { calendarIdentitySchema } from './travel-segment';

export const accommodationSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  stopId: z.string().min(1),
  name: z.string().trim().min(1),
  nameLocal: z.string(),
  address: z.string(),
  addressLocal: z.string(),
  phone: z.string(),
  checkInDate: isoDateSchema,
  checkOutDate: isoDateSchema,
  notes: z.string(),
  calendar: calendarIdentitySchema,
});
export type Accommodation = z.infer<typeof accommodationSchema>;
