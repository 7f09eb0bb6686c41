// `/`: the section against the reference REST server that `npm start` mounts under `/api`.
import { RestAccessKeyApi } from '../src/index.js';
import { setUpDemoPage } from './shared.js';

const { section } = setUpDemoPage();
section.api = new RestAccessKeyApi({ baseUrl: '/api' });
