import { run } from './main.js';

const { cancelled } = await run();
// A cancelled run has reported what it judged; what it left behind (a request cut off, an upload
// given up on) must not keep the job waiting for the runner to kill it.
if (cancelled) process.exit();
