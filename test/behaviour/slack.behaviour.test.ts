import { channelBehaviour } from "./channel-behaviour.js";
import { slackDriver } from "./slack.driver.js";

channelBehaviour("Slack (Bolt, Events API)", slackDriver);
