import { channelBehaviour } from "./channel-behaviour.js";
import { wecomBotDriver } from "./wecom-bot.driver.js";

channelBehaviour("WeCom smart bot (long connection)", wecomBotDriver);
