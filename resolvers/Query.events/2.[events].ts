export { readRequest as request, readResponse as response } from '../lib/timeline';
