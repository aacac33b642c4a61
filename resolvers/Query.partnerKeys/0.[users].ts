export { request, response } from '../lib/active-user-guard';
