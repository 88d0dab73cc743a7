/**
 * Whether a user-agent string is WeChat's built-in browser. WeChat names itself `MicroMessenger`;
 * WeCom (企业微信) adds `wxwork` and behaves the same for our purpose.
 */
export function isWeChatBrowser(userAgent: string): boolean {
  return /MicroMessenger/iu.test(userAgent);
}
