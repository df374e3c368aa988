/**
 * What the Wechaty adapter says itself. Both languages at once: for a picture or a voice
 * message there is no text to tell the language from.
 */
export const WECHATY_MESSAGES = {
  textOnly: () => "目前只能处理文字消息，请用文字描述。\nI can only read text messages for now — please type it.",
};
