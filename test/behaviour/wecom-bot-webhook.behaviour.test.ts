import { channelBehaviour } from "./channel-behaviour.js";
import { wecomBotWebhookDriver } from "./wecom-bot-webhook.driver.js";

channelBehaviour("WeCom smart bot (webhook)", wecomBotWebhookDriver);
