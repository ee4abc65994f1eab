import type { Server } from 'node:http';
import type Koa from 'koa';
import { StartupError } from './startup-error.js';

/** Listens, turning the usual failures (port in use, no permission) into one line. */
export function listen(app: Koa, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `port ${port} on ${host} is in use: stop what uses it or choose another, e.g. PORT=${port + 1} npm start`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`no permission to listen on port ${port}: use a port above 1023, e.g. PORT=4000`));
      } else {
        reject(error);
      }
    });
  });
}
