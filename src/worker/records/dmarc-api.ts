// The DMARC bench's calls across the records worker's boundary (src/worker/records-entry.ts).

export const dmarcApi = {};
