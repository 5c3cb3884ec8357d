// Where `npm start` writes its pid on Linux, so that `npm stop` can stop the dev server it started.
export const DEV_SERVER_PID_FILE = ".tmp/dev-server.pid";
