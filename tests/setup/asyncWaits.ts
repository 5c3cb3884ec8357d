/**
 * Testing Library's waits (findBy…, waitFor) give up after one second by default: on a busy shared machine a
 * render can take longer, and a test must then be slow, not red. They wait as long as every other wait.
 */
import { configure } from "@testing-library/dom";
import { WAIT_MS } from "../limits";

configure({ asyncUtilTimeout: WAIT_MS });
