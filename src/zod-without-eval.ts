/**
 * zod compiles a faster validator for each object schema with `new Function` when it may, and finds out by trying
 * it as the schema is made. The Content-Security-Policy forbids eval, so the try was refused, and reported as a
 * violation, on every start; zod's plain validators are what the app uses anyway. The switch must be set before
 * any schema is made, so this module is evaluated first: main.tsx imports it before the app, and each worker
 * imports it before anything else.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
