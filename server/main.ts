// npm run server -- [--port 1234] [--host 127.0.0.1] [--data ./data/kerja-bersama] [--rooms ./rooms.json]
//                   [--redis redis://127.0.0.1:6379] [--name proses-1] [--debounce 1000]
// See docs/kerja-bersama.md.
import { parseArgs } from 'node:util';
import { startServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PETAKERJA_PORT ?? '1234' },
    host: { type: 'string', default: process.env.PETAKERJA_HOST ?? '127.0.0.1' },
    data: { type: 'string', default: process.env.PETAKERJA_DATA ?? './data/kerja-bersama' },
    rooms: { type: 'string', default: process.env.PETAKERJA_ROOMS ?? './rooms.json' },
    redis: { type: 'string', default: process.env.PETAKERJA_REDIS },
    name: { type: 'string' },
    debounce: { type: 'string', default: '1000' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('npm run server -- --port 1234 --host 127.0.0.1 --data ./data/kerja-bersama --rooms ./rooms.json [--redis redis://127.0.0.1:6379] [--name proses-1]');
  process.exit(0);
}

try {
  const running = await startServer({
    port: Number(values.port),
    host: values.host!,
    dataDir: values.data!,
    roomsFile: values.rooms!,
    redisUrl: values.redis,
    name: values.name,
    debounceMs: Number(values.debounce),
  });
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`Server tidak dapat dimulai: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
