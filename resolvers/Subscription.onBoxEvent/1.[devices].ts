export { request, response } from '../lib/hub-guard';
