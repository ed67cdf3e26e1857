/** Gives the modules under test the (mocked) log channel they write to. */
import { createLogChannel } from "../../src/common/logging";

createLogChannel();
