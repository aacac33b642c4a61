export { request, response } from '../lib/pass-through';
