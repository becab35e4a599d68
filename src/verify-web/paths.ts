/** The endpoint the page posts a clip to (the raw bytes as the body); it answers the public JSON report. */
export const VERIFY_API_PATH = '/api/verify';
