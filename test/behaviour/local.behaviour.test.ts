import { channelBehaviour } from "./channel-behaviour.js";
import { localDriver } from "./local.driver.js";

channelBehaviour("local channel (HTTP API)", localDriver);
