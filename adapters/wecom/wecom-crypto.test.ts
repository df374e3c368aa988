import { decrypt as referenceDecrypt, encrypt as referenceEncrypt, getSignature as referenceSignature } from "@wecom/crypto";
import { describe, expect, it } from "vitest";
import { WecomCryptoError, decryptMessage, encryptMessage, openCallback, verifySignature, wecomSignature } from "./wecom-crypto.js";

// The sample values of WeCom's official WXBizMsgCrypt demo (weworkapi callback/Sample.py).
const SAMPLE = {
  token: "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
  encodingAesKey: "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
  corpId: "ww1436e0e65a779aee",
};
const VERIFY_URL = {
  signature: "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb",
  timestamp: "1476416373",
  nonce: "47744683",
  echostr: "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==",
};
const POST = {
  signature: "0c3914025cb4b4d68103f6bfc8db550f79dcf48e",
  timestamp: "1476422779",
  nonce: "1597212914",
  encrypt:
    "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+",
};

describe("WeCom callback crypto against the official sample", () => {
  it("verifies the URL-check signature and decrypts the echostr", () => {
    expect(wecomSignature(SAMPLE.token, VERIFY_URL.timestamp, VERIFY_URL.nonce, VERIFY_URL.echostr)).toBe(VERIFY_URL.signature);
    const echo = openCallback(SAMPLE, VERIFY_URL, VERIFY_URL.echostr);
    expect(echo).toBe("1288432023552776189");
  });

  it("verifies and decrypts the sample POST message", () => {
    const xml = openCallback(SAMPLE, POST, POST.encrypt);
    expect(xml).toBe(
      "<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName><CreateTime>1476422779</CreateTime>" +
        "<MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>",
    );
  });

  it("rejects a wrong signature, a wrong token and another corp's message", () => {
    expect(() => openCallback(SAMPLE, { ...POST, signature: "0".repeat(40) }, POST.encrypt)).toThrow(WecomCryptoError);
    expect(() => openCallback({ ...SAMPLE, token: "other" }, POST, POST.encrypt)).toThrow(/signature/);
    expect(() => openCallback({ ...SAMPLE, corpId: "ww0000000000000000" }, POST, POST.encrypt)).toThrow(/receive id/);
    expect(verifySignature("short", SAMPLE.token, POST.timestamp, POST.nonce, POST.encrypt)).toBe(false);
  });

  it("rejects a tampered ciphertext instead of returning garbage", () => {
    const bytes = Buffer.from(POST.encrypt, "base64");
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    expect(() => decryptMessage(SAMPLE.encodingAesKey, bytes.toString("base64"))).toThrow(WecomCryptoError);
    expect(() => decryptMessage(SAMPLE.encodingAesKey, "not base64!")).toThrow(WecomCryptoError);
    expect(() => decryptMessage(SAMPLE.encodingAesKey, Buffer.alloc(31).toString("base64"))).toThrow(/multiple of 32/);
    expect(() => decryptMessage("short", POST.encrypt)).toThrow(/43/);
  });

  it("agrees with @wecom/crypto in both directions", () => {
    const message = "<xml><Content><![CDATA[记录 跟华为的张总通了电话]]></Content></xml>";
    const ours = encryptMessage(SAMPLE.encodingAesKey, message, SAMPLE.corpId);
    expect(referenceDecrypt(SAMPLE.encodingAesKey, ours)).toMatchObject({ message, id: SAMPLE.corpId });
    const theirs = referenceEncrypt(SAMPLE.encodingAesKey, message, SAMPLE.corpId);
    expect(decryptMessage(SAMPLE.encodingAesKey, theirs)).toEqual({ message, receiveId: SAMPLE.corpId });
    expect(referenceSignature(SAMPLE.token, "1", "2", theirs)).toBe(wecomSignature(SAMPLE.token, "1", "2", theirs));
  });
});
