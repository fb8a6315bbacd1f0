// Worker threads do not inherit tsx's loader on Node 20: register it here, then load the worker.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
// The module is the bench's own worker file, named by the bench script.
// eslint-disable-next-line no-unsanitized/method
await import(workerData.module);
