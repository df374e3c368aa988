import { describe, expect, it } from 'vitest';
import { detectSmallTalk } from './detect-small-talk.js';

describe('acknowledgements, thanks and greetings carry nothing to log', () => {
  it.each([
    ['ok', 'ack'], ['OK', 'ack'], ['Okay.', 'ack'], ['ok!', 'ack'], ['k', 'ack'], ['got it', 'ack'], ['Noted', 'ack'],
    ['sure', 'ack'], ['sounds good!', 'ack'], ['will do', 'ack'], ['yep', 'ack'], ['👍', 'ack'], ['ok 👍', 'ack'],
    ['好的', 'ack'], ['好', 'ack'], ['好的。', 'ack'], ['收到', 'ack'], ['收到！', 'ack'], ['嗯嗯', 'ack'], ['嗯', 'ack'],
    ['知道了', 'ack'], ['明白', 'ack'], ['了解', 'ack'], ['没问题', 'ack'], ['好嘞', 'ack'], ['OK的', 'ack'], ['行', 'ack'],
    ['好的收到', 'ack'], ['收到，明白', 'ack'],
    ['thanks', 'thanks'], ['Thank you!', 'thanks'], ['thx', 'thanks'], ['ok thanks', 'thanks'], ['谢谢', 'thanks'],
    ['好的，谢谢', 'thanks'], ['收到，谢谢！', 'thanks'], ['辛苦了', 'thanks'], ['多谢', 'thanks'], ['thanks bot', 'thanks'],
    ['hi', 'greeting'], ['Hello!', 'greeting'], ['good morning', 'greeting'], ['你好', 'greeting'], ['早', 'greeting'],
    ['早上好！', 'greeting'], ['在吗', 'greeting'], ['您好', 'greeting'],
  ])('%s → %s', (text, kind) => {
    expect(detectSmallTalk(text)).toBe(kind);
  });

  it.each([
    'ok, called Acme, they want a quote',
    '好的，华为下周二报价',
    '收到华为的邮件',
    'thanks to Acme we closed the deal',
    'Hi Acme team called',
    '早上拜访了华为',
    '好几次打电话给腾讯',
    '行业客户 Acme',
    'OKR meeting with Acme',
    'sure thing, Acme wants 20 licences',
    '可以下周二给华为报价',
    '1',
    'IBM',
    '',
  ])('a message with content is not small talk: %s', (text) => {
    expect(detectSmallTalk(text)).toBeNull();
  });
});
