export { request, response } from './lib/lambda-invoke';
