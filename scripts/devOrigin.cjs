/* global module */
/** The dev server's origin: the development manifest's URLs start with it. Kept out of every production file. */
module.exports = { DEV_ORIGIN: "https://localhost:3000" };
