import { channelBehaviour } from "./channel-behaviour.js";
import { dingTalkDriver } from "./dingtalk.driver.js";

channelBehaviour("DingTalk (Stream mode)", () => dingTalkDriver("stream"));
