import { channelBehaviour } from "./channel-behaviour.js";
import { wecomAppDriver } from "./wecom-app.driver.js";

channelBehaviour("WeCom self-built app (callbacks)", wecomAppDriver);
