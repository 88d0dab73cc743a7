/**
 * The contact "Report a mistake" shows, from REPORT_EMAIL and REPORT_PHONE at build time.
 * astro.config.mjs parses the same variables first, so a malformed value stops the build before
 * any page is made, with a message naming the variable.
 */
import { parseReportContact } from '../lib/outreach/reportContact.ts';

export const reportContact = parseReportContact(process.env);
