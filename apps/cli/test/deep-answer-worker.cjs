// A build worker whose every answer nests too deep for the main thread to read back,
// though this thread, with its larger stack, can write it.
const { parentPort } = require('node:worker_threads')

parentPort.on('message', () => {
  let answer = { ok: true }
  for (let depth = 0; depth < 6000; depth++) answer = { inner: answer }
  parentPort.postMessage(answer)
})
