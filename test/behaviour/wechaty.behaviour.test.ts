import { channelBehaviour } from "./channel-behaviour.js";
import { wechatyDriver } from "./wechaty.driver.js";

channelBehaviour("WeChat through Wechaty (mock puppet)", wechatyDriver);
